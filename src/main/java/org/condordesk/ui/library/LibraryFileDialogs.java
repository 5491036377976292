package org.condordesk.ui.library;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;

/** The library browser's file choosers: export a version, import scenario files, change the database file. */
final class LibraryFileDialogs {

    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("CondorDesk scenario (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter DB = new FileChooser.ExtensionFilter("CondorDesk library (*.db)", "*.db");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final Window owner;
    private final LibraryBrowserModel model;
    private Path lastFolder;

    LibraryFileDialogs(Window owner, LibraryBrowserModel model) {
        this.owner = owner;
        this.model = model;
    }

    void export(VersionRef ref) {
        FileChooser chooser = chooser("Export " + ref.label() + " as a scenario file", JSON);
        chooser.setInitialFileName(fileName(ref) + ".json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path path = withExtension(file.toPath(), ".json");
            lastFolder = path.toAbsolutePath().getParent();
            model.export(ref, path);
        }
    }

    void importFiles() {
        List<File> files = chooser("Import scenario files into the library", JSON).showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            lastFolder = files.get(0).toPath().toAbsolutePath().getParent();
            model.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /**
     * A save dialog, so that the trader can name a file that does not exist yet (it becomes a new library). An
     * existing file is not overwritten: it is opened as a library, or refused untouched.
     */
    void changeDatabase() {
        FileChooser chooser = chooser("Open or create a library (type a new name to create one)", DB);
        chooser.getExtensionFilters().add(ALL);
        Path current = model.access().file();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.changeDatabase(file.toPath());
        }
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    /** "SPX-14-DTE-iron-condor-v2" from a scenario name and version. */
    static String fileName(VersionRef ref) {
        String cleaned = ref.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String base = cleaned.isEmpty() ? "scenario" : cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
        return ref.version() == 0 ? base : base + "-v" + ref.version();
    }

    private static Path withExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension) ? path
                : path.resolveSibling(path.getFileName() + extension);
    }
}
