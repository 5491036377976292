package org.condordesk.ui.chain;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.chain.Ladder;

/**
 * One expiry's ladder ready for the table, built on the loader's {@code Worker} once per expiry and chain (issue 31
 * §1): the immutable rows with their texts, and the row nearest the forward (the marker), so opening an expiry on the
 * FX thread is one swap of the table's items.
 */
public record LadderView(Ladder ladder, List<LadderRow> rows, int atmIndex) {

    public LadderView {
        rows = List.copyOf(rows);
    }

    /** The view of {@code ladder}: O(strikes), off the FX thread. */
    static LadderView of(Ladder ladder) {
        List<LadderRow> rows = new ArrayList<>(ladder.rows().size());
        for (Ladder.Row row : ladder.rows()) {
            rows.add(LadderRow.of(row));
        }
        return new LadderView(ladder, rows, rows.isEmpty() ? -1 : ladder.nearest(ladder.forward()));
    }

    /** The marked strike; NaN for an empty ladder. */
    double atmStrike() {
        return atmIndex < 0 ? Double.NaN : rows.get(atmIndex).strike();
    }
}
