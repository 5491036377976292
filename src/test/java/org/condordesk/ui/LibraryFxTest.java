package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.dollars;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.sampleNetVixVega;
import static org.condordesk.ui.FxTestSupport.shortcut;
import static org.condordesk.ui.FxTestSupport.text;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.library.LibraryBrowser;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End-to-end: the workstation started with {@code --db} on a temporary library, saving, browsing, opening and
 * comparing versions, deleting and restoring, driven through menus, keys and buttons as a trader would.
 */
@Tag("slow")
class LibraryFxTest extends WorkstationFxBase {

    private static final String NAME = "SPX 14-DTE iron condor + 2-layer VIX hedge";

    @TempDir
    Path folder;
    private Path db;

    @Override
    protected List<String> launchArguments() {
        db = folder.resolve("lib.db");
        return List.of("--db", db.toString());
    }

    private void saveToLibrary(FxRobot robot, String note, int expectedVersion) {
        robot.clickOn("#netVixVega");
        shortcut(robot, KeyCode.L);
        robot.lookup("#libraryNote").queryTextInputControl();
        robot.clickOn("#libraryNote").write(note).type(KeyCode.ENTER);
        String saved = "Saved '" + NAME + "' as version " + expectedVersion + " in the library";
        waitUntil(saved, 10, () -> app.vm.messageProperty().get().equals(saved));
    }

    /** Clicks row {@code index} of a table (by its first cell, so the click lands inside the row). */
    private static org.testfx.api.FxRobotInterface clickRow(FxRobot robot, String tableId, int index) {
        // The table's virtual flow keeps spare, hidden rows: pick the visible one showing item {@code index}.
        javafx.scene.Node row = robot.lookup(tableId + " .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.isVisible() && r.getIndex() == index && !r.isEmpty()).query();
        return robot.clickOn(row.lookup(".table-cell"));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void savedVersionsAreBrowsedOpenedComparedDeletedAndRestored(FxRobot robot) {
        app.settle();
        assertThat(text(robot, "#netVixVega")).isEqualTo(sampleNetVixVega());
        saveToLibrary(robot, "opened the trade", 1);
        assertThat(onFx(app.vm::isDirty)).isFalse();
        assertThat(text(robot, "#statusFile")).isEqualTo("library: '" + NAME + "' v1");

        robot.doubleClickOn(FxTestSupport.cell(robot, "layerSize-2"));
        robot.write("2.5").type(KeyCode.ENTER);
        app.settle();
        String resizedVega = text(robot, "#netVixVega");
        assertThat(resizedVega).isNotEqualTo(sampleNetVixVega());
        saveToLibrary(robot, "Jan futures hedge x2.5", 2);

        shortcut(robot, KeyCode.O);
        LibraryBrowser browser = onFx(() -> app.workstation.library().browser());
        waitUntil("the browser lists the scenario", 10, () -> browser.stage().isShowing()
                && table(robot, "#libraryScenarios").getItems().size() == 1);
        assertThat(text(robot, "#libraryPath")).isEqualTo(db.toAbsolutePath().toString());
        TableView<LibraryEntry> scenarios = table(robot, "#libraryScenarios");
        assertThat(onFx(() -> scenarios.getItems().get(0).versionCount())).isEqualTo(2);
        clickRow(robot, "#libraryScenarios", 0);
        TableView<VersionInfo> versions = table(robot, "#libraryVersions");
        waitUntil("two versions listed", 10, () -> versions.getItems().size() == 2);
        assertThat(onFx(() -> versions.getItems().get(0).note())).isEqualTo("opened the trade");

        clickRow(robot, "#libraryVersions", 0).type(KeyCode.ENTER);
        waitUntil("version 1 opened", 10, () -> new ScenarioViewModel.LibraryOrigin(NAME, 1).equals(app.vm.libraryOrigin()));
        app.settle();
        assertThat(text(robot, "#netVixVega")).as("the original hedge again").isEqualTo(sampleNetVixVega());
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isEqualTo(1.0);
        assertThat(onFx(() -> app.workstation.stage().getTitle())).isEqualTo("CondorDesk — " + NAME);
        assertThat(onFx(app.vm::file)).isNull();

        robot.interact(() -> versions.getSelectionModel().selectAll());
        robot.clickOn("#libCompare");
        waitUntil("the comparison is shown", 10, () -> browser.compareWindow().shown() != null);
        assertThat(text(robot, "#compareNetA")).isEqualTo(sampleNetVixVega());
        assertThat(text(robot, "#compareNetB")).isEqualTo(resizedVega);
        double delta = dollars(resizedVega) - dollars(sampleNetVixVega());
        assertThat(dollars(text(robot, "#compareNetDelta"))).isCloseTo(delta, org.assertj.core.data.Offset.offset(1.0));
        assertThat(text(robot, "#compareNetDelta")).startsWith("+$");
        // Both versions' curves overlaid; the only leg change is the hedge's size, which is not a leg change.
        assertThat(onFx(() -> robot.lookup("#compareChart").queryAs(javafx.scene.chart.LineChart.class).getData().size())).isEqualTo(4);
        assertThat(onFx(() -> robot.lookup(".compare-legs .compare-note").queryAs(javafx.scene.control.Label.class).getText()))
                .startsWith("No leg changed");
        assertThat(onFx(() -> legendMismatches(robot.lookup("#compareChart").queryAs(javafx.scene.chart.LineChart.class))))
                .as("legend swatches not in their curve's colour").isEmpty();
        robot.type(KeyCode.ESCAPE);

        clickRow(robot, "#libraryScenarios", 0).type(KeyCode.DELETE);
        waitUntil("the scenario is gone from the list", 10, () -> scenarios.getItems().isEmpty());
        assertThat(text(robot, "#libraryMessage")).contains("Deleted '" + NAME + "'");
        robot.clickOn("#libShowDeleted");
        waitUntil("the deleted scenario is listed", 10, () -> scenarios.getItems().size() == 1);
        clickRow(robot, "#libraryScenarios", 0).clickOn("#libRestore");
        waitUntil("restored", 10, () -> scenarios.getItems().isEmpty());
        robot.clickOn("#libShowDeleted");
        waitUntil("the scenario is back with its versions", 10, () -> scenarios.getItems().size() == 1
                && scenarios.getItems().get(0).versionCount() == 2);
    }

    @Test
    void searchFiltersAsYouTypeAndCtrlFFocusesIt(FxRobot robot) {
        app.settle();
        saveToLibrary(robot, "", 1);
        shortcut(robot, KeyCode.O);
        TableView<LibraryEntry> scenarios = table(robot, "#libraryScenarios");
        waitUntil("the browser lists the scenario", 10, () -> scenarios.getItems().size() == 1);
        clickRow(robot, "#libraryScenarios", 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#librarySearch").query().isFocused())).isTrue();
        robot.write("no such");
        waitUntil("nothing matches", 10, () -> scenarios.getItems().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("alvh");
        waitUntil("the tag matches", 10, () -> scenarios.getItems().size() == 1);
    }

    @Test
    void openingAVersionOverUnsavedChangesAsksFirst(FxRobot robot) {
        app.settle();
        saveToLibrary(robot, "first", 1);
        robot.interact(() -> app.vm.layers().setLayerSize(2, 2.0));
        assertThat(onFx(app.vm::isDirty)).isTrue();
        shortcut(robot, KeyCode.O);
        TableView<LibraryEntry> scenarios = table(robot, "#libraryScenarios");
        waitUntil("the browser lists the scenario", 10, () -> scenarios.getItems().size() == 1);

        clickRow(robot, "#libraryScenarios", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).as("kept").isEqualTo(2.0);
        assertThat(onFx(app.vm::isDirty)).isTrue();

        clickRow(robot, "#libraryScenarios", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't save");
        waitUntil("the latest version opened", 10, () -> !app.vm.isDirty()
                && app.vm.scenario().layers().get(2).sizeMultiplier() == 1.0);
        assertThat(onFx(app.vm::libraryOrigin)).isEqualTo(new ScenarioViewModel.LibraryOrigin(NAME, 1));
    }

    /**
     * Each legend swatch's outer colour against its curve's stroke, as the renderer resolved both from CSS (issue 27
     * §4: the swatches were the chart's default palette while the curves use the workstation's today/expiry colours).
     */
    private static List<String> legendMismatches(javafx.scene.chart.LineChart<?, ?> chart) {
        chart.applyCss();
        chart.layout();
        List<String> mismatches = new java.util.ArrayList<>();
        java.util.Set<javafx.scene.Node> swatches = chart.lookupAll(".chart-legend-item-symbol");
        assertThat(swatches).hasSize(chart.getData().size());
        for (javafx.scene.Node swatch : swatches) {
            int series = swatch.getStyleClass().stream().filter(c -> c.matches("series\\d+"))
                    .mapToInt(c -> Integer.parseInt(c.substring("series".length()))).findFirst().orElseThrow();
            javafx.scene.paint.Paint curve = ((javafx.scene.shape.Path) chart.getData().get(series).getNode()).getStroke();
            javafx.scene.paint.Paint legend = ((javafx.scene.layout.Region) swatch).getBackground().getFills().get(0).getFill();
            if (!curve.equals(legend)) {
                mismatches.add("series " + series + ": legend " + legend + ", curve " + curve);
            }
        }
        return mismatches;
    }
}
