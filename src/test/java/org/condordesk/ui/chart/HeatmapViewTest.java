package org.condordesk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.condordesk.risk.Heatmap;
import org.junit.jupiter.api.Test;

/** What the SPX × VIX heatmap tells a screen reader in place of its picture. */
class HeatmapViewTest {

    @Test
    void theDescriptionNamesTheLevelsAndTheWorstAndBestCells() {
        // pnl[v][s]: rows are VIX moves -5, 0, +10 points, columns SPX moves -10 %, 0, +10 %.
        double[][] pnl = {
            {-1200, 300, 150},
            {-2500, 0, 400},
            {-4000, -800, 900},
        };
        Heatmap map = new Heatmap(LocalDateTime.of(2026, 1, 16, 16, 0), new double[] {-10, 0, 10},
                new double[] {-5, 0, 10}, pnl);
        // By hand at SPX 6000, VIX 18: SPX from 6000 × 0.9 = 5400 to 6000 × 1.1 = 6600, VIX from 13 to 28; the worst
        // cell is -4000 at (VIX +10, SPX -10 %) = SPX 5400, VIX 28; the best +900 at (VIX +10, SPX +10 %) = 6600, 28.
        assertThat(HeatmapView.describe(map, 6000, 18)).startsWith("SPX × VIX P&L heatmap at ")
                .endsWith(": SPX 5,400 to 6,600, VIX 13.0 to 28.0; worst -$4,000 at SPX 5,400, VIX 28.0, best +$900 at SPX 6,600, "
                        + "VIX 28.0");
    }
}
