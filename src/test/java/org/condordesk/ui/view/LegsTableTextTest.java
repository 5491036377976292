package org.condordesk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import org.condordesk.model.Fill;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.ui.edit.LegField;

/** The legs table's cell text: a closed leg shows "closed" for its entry, not "0.00" (issue 27 §4). */
class LegsTableTextTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final SpxOption PUT = new SpxOption(OptionRight.PUT, 7350, LocalDate.of(2026, 12, 9), Settlement.PM);

    @Test
    void aClosedLegShowsClosedForItsEntry() {
        // Sold 10 at 21.40, bought 10 back at 12.00: no open lots left (FIFO), quantity 0.
        Leg closed = Leg.live(PUT, List.of(Fill.of(T0, -10, 21.40), Fill.of(T0.plusDays(1), 10, 12.00)),
                OptionalDouble.of(0.17), Optional.empty());
        assertThat(closed.isClosed()).isTrue();
        assertThat(LegsTable.display(closed, LegField.ENTRY_PRICE)).isEqualTo("closed");
    }

    @Test
    void anOpenLegShowsItsAverageOpenPrice() {
        // Sold 10 at 21.40, bought 4 back: 6 open from the 21.40 lot (FIFO), so the entry is 21.40 by hand.
        Leg open = Leg.live(PUT, List.of(Fill.of(T0, -10, 21.40), Fill.of(T0.plusDays(1), 4, 12.00)),
                OptionalDouble.of(0.17), Optional.empty());
        assertThat(LegsTable.display(open, LegField.ENTRY_PRICE)).isEqualTo("21.40");
        // A plan leg typed at 3.25 shows 3.25.
        assertThat(LegsTable.display(Leg.option(PUT, -1, 3.25, 0.17), LegField.ENTRY_PRICE)).isEqualTo("3.25");
    }
}
