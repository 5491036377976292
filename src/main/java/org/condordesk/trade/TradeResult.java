package org.condordesk.trade;

import java.util.List;

import org.condordesk.model.Scenario;

/**
 * What a lifecycle operation did: the new scenario, the trade's net cash in dollars (premiums received minus
 * paid, futures' realised variation margin, minus fees; docs/model.md §15), the P&L it realised in dollars, the
 * fills it added and notes a trader should read (a leg priced at model for want of a quote).
 */
public record TradeResult(Scenario scenario, double cash, double realizedPnl, List<TradeFill> fills, List<String> notes) {

    public TradeResult {
        fills = List.copyOf(fills);
        notes = List.copyOf(notes);
    }
}
