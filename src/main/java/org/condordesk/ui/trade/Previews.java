package org.condordesk.ui.trade;

import java.util.stream.Collectors;

import org.condordesk.model.Check;
import org.condordesk.trade.TradeFill;
import org.condordesk.trade.TradeResult;
import org.condordesk.ui.format.Fmt;

/** How a dialog previews a trade before it is applied: its fills, its cash and the P&L it realises. */
final class Previews {

    private Previews() {
    }

    static String trade(TradeResult result) {
        String fills = result.fills().stream().map(Previews::fill).collect(Collectors.joining("\n"));
        String notes = result.notes().isEmpty() ? "" : "\n" + String.join("\n", result.notes());
        return fills + "\nCash " + Fmt.signedUsd(result.cash()) + " · realised P&L " + Fmt.signedUsd(result.realizedPnl())
                + notes;
    }

    private static String fill(TradeFill fill) {
        return Fmt.signed(fill.fill().quantity(), 0) + " " + fill.label() + " at "
                + Check.format(Math.round(fill.fill().price() * 100) / 100.0);
    }
}
