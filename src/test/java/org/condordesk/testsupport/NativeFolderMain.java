package org.condordesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.condordesk.store.DataFolders;
import org.condordesk.store.Housekeeping;
import org.condordesk.store.library.ScenarioLibrary;

/**
 * A child process that starts as Main does, opens the default library, and while SQLite's native library is still
 * loaded prints where copies of it are: {@code native: NAME} for the data folder's native/, {@code system: NAME} for
 * java.io.tmpdir.
 */
public final class NativeFolderMain {

    private NativeFolderMain() {
    }

    public static void main(String[] args) throws IOException {
        Housekeeping.atStart();
        try (ScenarioLibrary library = ScenarioLibrary.openDefault()) {
            library.list();
            print("native", DataFolders.dataFolder().resolve("native"));
            print("system", Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    private static void print(String where, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("sqlite-"))
                    .forEach(name -> System.out.println(where + ": " + name));
        }
    }
}
