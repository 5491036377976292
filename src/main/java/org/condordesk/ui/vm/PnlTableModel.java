package org.condordesk.ui.vm;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.PnlTable;
import org.condordesk.risk.PnlTables;
import org.condordesk.ui.export.CsvExport;
import org.condordesk.ui.work.BackgroundCsv;
import org.condordesk.ui.work.LatestOnly;

/**
 * The P&L-by-date table of the analysis on screen, computed in the background while it is shown (and only
 * then), and its CSV export, written in the background too.
 */
public final class PnlTableModel implements AutoCloseable {

    /** SPX moves of the table's columns, percent of spot. */
    static final double[] SPX_MOVES_PCT = {-10, -7.5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 7.5, 10};

    private record Job(Scenario scenario, AnalysisSettings settings) {
    }

    private final ScenarioViewModel vm;
    private final ReadOnlyObjectWrapper<PnlTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final LatestOnly<Job, PnlTable> worker;
    private final BackgroundCsv writer;
    private boolean active;

    public PnlTableModel(ScenarioViewModel vm, Executor fxThread) {
        this.vm = vm;
        this.worker = new LatestOnly<>("condordesk-pnl-table",
                job -> PnlTables.byDate(job.scenario(), MarketState.of(job.scenario()), job.settings(), SPX_MOVES_PCT),
                fxThread, outcome -> {
                    if (outcome.failed()) {
                        vm.reportFailure("P&L table", outcome.failure());
                    } else {
                        table.set(outcome.output());
                    }
                });
        this.writer = new BackgroundCsv(vm.status(), fxThread, "condordesk-pnl-csv", "the P&L table");
        vm.live().lastResultProperty().addListener((obs, old, result) -> refresh());
    }

    public ReadOnlyObjectProperty<PnlTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Computes the table while it is on screen; a hidden table costs nothing. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    private void refresh() {
        if (active) {
            worker.submit(new Job(vm.scenario(), vm.live().settings()));
        }
    }

    /** Writes the table on screen to {@code file} as CSV, in the background; the status line says when it is done. */
    public void exportCsv(Path file) {
        PnlTable shown = table.get();
        if (shown == null) {
            vm.refuseInput("The P&L table has not been computed yet: show its tab first");
            return;
        }
        writer.write(file, () -> CsvExport.pnlTable(shown));
    }

    @Override
    public void close() {
        worker.close();
        writer.close();
    }
}
