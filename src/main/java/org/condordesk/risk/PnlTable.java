package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * P&L ($) of the position by date (rows) and SPX level (columns), with spot VIX following SPX through the
 * spot–vol map as on the risk graph's curves: the table a trader reads "what do I make if SPX is at X on day
 * D". Row {@code d} is at {@code times.get(d)}; column {@code s} at SPX {@code spx[s]} with VIX {@code vix[s]}.
 */
public record PnlTable(List<LocalDateTime> times, double[] spx, double[] vix, double[][] pnl) {

    public PnlTable {
        times = List.copyOf(times);
        if (pnl.length != times.size()) {
            throw new IllegalArgumentException("one row of P&L per date: " + pnl.length + " rows, " + times.size() + " dates");
        }
    }
}
