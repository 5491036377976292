package org.condordesk.store.library;

import org.condordesk.store.json.SampleEdits;
import org.condordesk.store.json.ScenarioJson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.condordesk.model.Scenario;

/**
 * The child process of {@link CrashTest}: saves numbered versions in a loop, alternately to a JSON file
 * (atomic save) and to a library, printing each number only after the save returned; it runs until killed.
 * Arguments: JSON file, library file, first number.
 */
public final class CrashSaver {

    private CrashSaver() {
    }

    public static void main(String[] args) throws IOException {
        Path jsonFile = Path.of(args[0]);
        Path libraryFile = Path.of(args[1]);
        long number = Long.parseLong(args[2]);
        Scenario base = ScenarioJson.read(SampleEdits.HEDGED);
        try (ScenarioLibrary library = ScenarioLibrary.open(libraryFile)) {
            System.out.println("ready");
            System.out.flush();
            while (true) {
                Scenario numbered = base.withNotes("version " + number);
                ScenarioJson.save(numbered, jsonFile);
                System.out.println("json " + number);
                VersionInfo saved = library.save(numbered, "version " + number,
                        new ScenarioSummary(number, -number, LocalDate.of(2026, 12, 9)));
                System.out.println("library " + saved.version());
                System.out.flush();
                number++;
            }
        }
    }
}
