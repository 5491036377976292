package org.condordesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.ui.library.VersionComparison.Line;
import org.condordesk.ui.library.VersionComparison.Unit;
import org.junit.jupiter.api.Test;

class CompareFormatTest {

    @Test
    void aRowOfDollarsSharesItsPrecision() {
        // Max loss -$71,161 → -$71,611.25: the Δ of -$450.25 is shown in whole dollars like its row.
        Line maxLoss = Line.of("At the core expiry", "Max loss", "", Unit.USD, -71161.0, -71611.25);
        assertThat(CompareWindow.dollarDecimals(maxLoss)).isZero();
        assertThat(CompareWindow.dollars(maxLoss.delta(), 0, true)).isEqualTo("-$450");
        // Small figures keep their cents, the Δ too.
        Line pnl = Line.of("Position greeks", "P&L", "", Unit.USD, 111.0, 305.5);
        assertThat(CompareWindow.dollarDecimals(pnl)).isEqualTo(2);
        assertThat(CompareWindow.dollars(pnl.delta(), 2, true)).isEqualTo("+$194.50");
        assertThat(CompareWindow.dollars(-0.001, 2, true)).isEqualTo("$0.00");
    }
}
