package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;

import org.condordesk.market.MarketState;
import org.condordesk.risk.PnlTable;
import org.condordesk.risk.PnlTables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The P&L-by-date tab: computed in the background when shown, following the date slider, exported as CSV. */
@Tag("slow")
class PnlTableFxTest extends WorkstationFxBase {

    private PnlTable shownTable() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> app.workstation.pnlTable().tableProperty().get() != null));
        return onFx(() -> app.workstation.pnlTable().tableProperty().get());
    }

    @Test
    void theTabShowsTheEnginesTableAndExportsIt(FxRobot robot, @TempDir Path folder) throws Exception {
        app.settle();
        assertThat(onFx(() -> app.workstation.pnlTable().tableProperty().get())).as("nothing computed while hidden").isNull();
        robot.clickOn("#tabPnlTable");
        PnlTable table = shownTable();
        // The same engine call made here directly: the tab shows what the engine gives for the settings on screen.
        PnlTable direct = PnlTables.byDate(app.vm.scenario(), MarketState.of(app.vm.scenario()), onFx(() -> app.vm.live().settings()),
                new double[] {-10, -7.5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 7.5, 10});
        assertThat(table.pnl()).isDeepEqualTo(direct.pnl());
        TableView<?> view = robot.lookup("#pnlTable").queryAs(TableView.class);
        assertThat(onFx(() -> view.getItems().size())).isEqualTo(table.times().size());
        assertThat(onFx(() -> view.getColumns().size())).isEqualTo(1 + 15);

        onFx(() -> {
            app.vm.live().setShiftDays(5);
            return null;
        });
        app.settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> app.workstation.pnlTable().tableProperty().get().times().get(0)
                        .equals(app.vm.scenario().valuationTime().plusDays(5))));

        Thread.sleep(300);
        onFx(() -> {
            org.condordesk.ui.export.PngExport.write(app.workstation.scene().getRoot(), Path.of("target", "pnl-table.png"), 1);
            return null;
        });
        Path csv = folder.resolve("book-pnl.csv");
        onFx(() -> {
            app.workstation.pnlTable().exportCsv(csv);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertThat(Files.readAllLines(csv)).hasSize(2 + shownTable().times().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> onFx(() -> app.vm.messageProperty().get()).startsWith("P&L table written to"));
    }
}
