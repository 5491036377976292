package org.condordesk.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.ui.export.CsvExport;
import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.session.RecentFiles;
import org.condordesk.ui.vm.ScenarioViewModel;

/** New / Open / Save / Save As / Export with their dialogs, and the unsaved-changes prompt. */
public final class FileActions {

    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("CondorDesk scenario (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");

    private final ScenarioViewModel vm;
    private final RecentFiles recent;
    private final Window owner;
    private Path lastFolder;

    public FileActions(ScenarioViewModel vm, RecentFiles recent, Window owner) {
        this.vm = vm;
        this.recent = recent;
        this.owner = owner;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** True when there is nothing unsaved, or the trader saved or chose to discard it. */
    public boolean confirmDiscard() {
        return confirmDiscard(owner);
    }

    /** As {@link #confirmDiscard()}, asking over {@code dialogOwner} (the window the command came from). */
    public boolean confirmDiscard(Window dialogOwner) {
        if (!vm.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(dialogOwner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to '" + vm.scenario().name() + "'?");
        alert.setContentText("Your changes are lost if you don't save them.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    public void newScenario() {
        if (confirmDiscard()) {
            vm.newScenario();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open scenario", JSON);
        java.io.File file = chooser.showOpenDialog(owner);
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Opens {@code file} without asking about unsaved changes (the caller did). */
    public boolean openFile(Path file) {
        try {
            Scenario scenario = ScenarioJson.read(file);
            vm.load(scenario, file);
            recent.add(file);
            lastFolder = file.toAbsolutePath().getParent();
            return true;
        } catch (ValidationException e) {
            // The window in the trader's words; the JSON path stays in the status line's tooltip and the log.
            String plain = org.condordesk.ui.format.PlainErrors.ofFile(file, e);
            error("Cannot open " + file.getFileName(), plain);
            vm.reportFailure("Cannot open " + file.getFileName() + ": " + plain, "Cannot open " + file + ": " + e.getMessage());
            System.getLogger(FileActions.class.getName()).log(System.Logger.Level.INFO, "cannot open " + file + ": " + e.getMessage());
            if (!Files.exists(file)) {
                recent.remove(file);
            }
            return false;
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    public boolean save() {
        return vm.file() == null ? saveAs() : saveTo(vm.file());
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save scenario as", JSON);
        chooser.setInitialFileName(fileName(vm.scenario().name()) + ".json");
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return false;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase().endsWith(".json")) {
            path = path.resolveSibling(path.getFileName() + ".json");
        }
        return saveTo(path);
    }

    /** Writes atomically (temp file + rename): a crash leaves the old file or the new one, whole. */
    public boolean saveTo(Path file) {
        try {
            ScenarioJson.save(vm.scenario(), file);
            vm.markSaved(file);
            recent.add(file);
            lastFolder = file.toAbsolutePath().getParent();
            return true;
        } catch (IOException | ValidationException e) {
            error("Cannot save " + file.getFileName(), e.getMessage());
            vm.reportFailure("Cannot save " + file + ": " + e.getMessage());
            return false;
        }
    }

    public void renameScenario() {
        TextInputDialog dialog = new TextInputDialog(vm.scenario().name());
        dialog.initOwner(owner);
        dialog.setTitle("Rename scenario");
        dialog.setHeaderText("Scenario name (shown in the title and saved in the file)");
        dialog.showAndWait().ifPresent(name -> vm.edit("rename scenario", s -> s.withName(name.strip())));
    }

    public void exportPng(Node node, String what) {
        FileChooser chooser = chooser("Export " + what + " as PNG", PNG);
        chooser.setInitialFileName(fileName(vm.scenario().name()) + "-" + what.toLowerCase().replace(' ', '-') + ".png");
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            PngExport.write(node, file.toPath(), 2);
            vm.inform("Exported the " + what + " to " + file);
            lastFolder = file.toPath().toAbsolutePath().getParent();
        } catch (IOException e) {
            error("Cannot export the " + what, e.getMessage());
        }
    }

    public void exportCsv() {
        if (vm.analysis() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export analysis tables (CSV) to folder");
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        java.io.File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        try {
            List<Path> files = CsvExport.write(vm.scenario(), vm.analysis(), folder.toPath(), fileName(vm.scenario().name()));
            vm.inform(files.size() + " CSV tables written to " + folder + " (" + files.get(0).getFileName() + ", …)");
        } catch (IOException e) {
            error("Cannot export the tables", e.getMessage());
        }
    }

    /** Asks where to write a CSV, offering the scenario's name with {@code suffix}; empty when the trader cancels. */
    public Optional<Path> askCsv(String title, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(fileName(vm.scenario().name()) + suffix);
        java.io.File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        Path folder = lastFolder != null ? lastFolder : vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** A file name from a scenario name: letters, digits, dash. */
    public static String fileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return cleaned.isEmpty() ? "scenario" : cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.show();
    }
}
