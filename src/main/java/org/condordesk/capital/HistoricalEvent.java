package org.condordesk.capital;

import java.time.LocalDate;
import java.util.List;

/**
 * A day or window of real history as a stress (docs/capital.md §4): from the close of {@code from} to the close of
 * {@code to}, SPX moved {@code spxMovePct} (simple %), VIX {@code vixMovePoints} and VIX3M {@code vix3mMovePoints}
 * points (NaN where the history has no VIX3M on both dates). {@code why} says why this day or window was chosen.
 */
public record HistoricalEvent(String name, LocalDate from, LocalDate to, double spxMovePct, double vixMovePoints,
                              double vix3mMovePoints, String why) {

    /** The event as a shock on today's position: SPX by its % move, spot VIX by its point move, instantly. */
    public Shock shock() {
        return new Shock(name, spxMovePct, vixMovePoints, Double.NaN, 0, 0, List.of(), 0, 0, vix3mMovePoints);
    }
}
