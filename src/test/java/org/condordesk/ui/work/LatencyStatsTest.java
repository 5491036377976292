package org.condordesk.ui.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status line's edit-to-screen figures over the last 100 edits (issue 27 §6). */
class LatencyStatsTest {

    @Test
    void theWindowKeepsOnlyTheLastHundredEdits() {
        LatencyStats recent = new LatencyStats(100);
        // 150 edits of 1, 2, … 150 ms: the window holds 51 … 150 ms.
        for (int ms = 1; ms <= 150; ms++) {
            recent.record(ms * 1_000_000L);
        }
        assertThat(recent.count()).isEqualTo(100);
        // Nearest rank over 51 … 150: p50 is the 50th value (100 ms), p95 the 95th (145 ms), max 150 ms.
        assertThat(recent.quantileMillis(0.5)).isEqualTo(100.0);
        assertThat(recent.quantileMillis(0.95)).isEqualTo(145.0);
        assertThat(recent.maxMillis()).isEqualTo(150.0);
    }

    @Test
    void noEditGivesNoFigure() {
        assertThat(new LatencyStats(100).quantileMillis(0.5)).isNaN();
    }
}
