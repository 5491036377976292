package org.condordesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.condordesk.chain.Ladder;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;

/**
 * The ladder's rows as the table shows them, prepared on the loader (issue 31 §1): every text a cell sets, written out
 * by hand here from the figures (US grouping, the column's decimals, IV in percent, "" where a figure is absent), and
 * the marked row, the strike nearest the forward.
 */
class LadderViewTest {

    private static Ladder.Side side(double bid, double ask, double iv, double delta, OptionalLong oi) {
        return new Ladder.Side(bid, ask, (bid + ask) / 2, iv, delta, 0.00123, -1.5, 2.25, oi, OptionalLong.empty());
    }

    private static final Ladder LADDER = new Ladder(OptionRoot.SPXW, LocalDate.of(2026, 12, 9), 14.25, 7607.42, 0.9986,
            7600, List.of(
                    new Ladder.Row(7600, side(40.1, 41.3, 0.1034, 0.512, OptionalLong.of(1234)),
                            side(33.0, 34.2, 0.1102, -0.488, OptionalLong.empty())),
                    new Ladder.Row(7605, side(37.2, 38.4, 0.1031, 0.497, OptionalLong.of(0)),
                            side(35.1, 36.3, 0.1099, -0.503, OptionalLong.empty())),
                    new Ladder.Row(7650, side(Double.NaN, Double.NaN, Double.NaN, Double.NaN, OptionalLong.empty()),
                            side(1234.5, 1236.75, 0.12, -0.9, OptionalLong.of(56789)))));

    @Test
    void everyTextIsTheFigureWithItsColumnsDecimals() {
        LadderView view = LadderView.of(LADDER);
        LadderRow first = view.rows().get(0);
        assertThat(first.strikeText()).isEqualTo("7,600.00");
        assertThat(first.text(OptionRight.CALL, LadderField.BID)).isEqualTo("40.10");
        assertThat(first.text(OptionRight.CALL, LadderField.ASK)).isEqualTo("41.30");
        assertThat(first.text(OptionRight.CALL, LadderField.MID)).isEqualTo("40.70"); // (40.1 + 41.3) / 2
        assertThat(first.text(OptionRight.CALL, LadderField.IV)).isEqualTo("10.3"); // 0.1034 as a percent, 1 decimal
        assertThat(first.text(OptionRight.CALL, LadderField.DELTA)).isEqualTo("0.512");
        assertThat(first.text(OptionRight.CALL, LadderField.GAMMA)).isEqualTo("0.00123");
        assertThat(first.text(OptionRight.CALL, LadderField.THETA)).isEqualTo("-1.50");
        assertThat(first.text(OptionRight.CALL, LadderField.VEGA)).isEqualTo("2.25");
        assertThat(first.text(OptionRight.CALL, LadderField.OI)).isEqualTo("1,234");
        assertThat(first.text(OptionRight.CALL, LadderField.VOLUME)).isEmpty(); // the layout has no volume
        assertThat(first.text(OptionRight.PUT, LadderField.DELTA)).isEqualTo("-0.488");
        LadderRow wing = view.rows().get(2);
        assertThat(wing.text(OptionRight.CALL, LadderField.BID)).isEmpty(); // no call quote at 7650
        assertThat(wing.text(OptionRight.PUT, LadderField.ASK)).isEqualTo("1,236.75");
        assertThat(wing.text(OptionRight.PUT, LadderField.OI)).isEqualTo("56,789");
    }

    @Test
    void theMarkedRowIsTheStrikeNearestTheForward() {
        // forward 7,607.42: |7605 − F| = 2.42 < |7600 − F| = 7.42 < |7650 − F| = 42.58
        LadderView view = LadderView.of(LADDER);
        assertThat(view.atmIndex()).isEqualTo(1);
        assertThat(view.atmStrike()).isEqualTo(7605);
        LadderView empty = LadderView.of(new Ladder(OptionRoot.SPXW, LocalDate.of(2026, 12, 9), 14, 7600, 1, 7600,
                List.of()));
        assertThat(empty.atmIndex()).isEqualTo(-1);
        assertThat(empty.atmStrike()).isNaN();
    }

    @Test
    void aRowNeedsOneTextPerFieldOnEachSide() {
        Ladder.Row row = LADDER.rows().get(0);
        assertThatThrownBy(() -> new LadderRow(row, "7,600.00", List.of("1"), List.of("2")))
                .hasMessageContaining("needs 10 texts a side");
    }
}
