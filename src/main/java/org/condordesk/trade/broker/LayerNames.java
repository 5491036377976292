package org.condordesk.trade.broker;

import java.util.List;

import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.trade.broker.FillImport.ProposedLeg;

/** Names a proposed layer by its product, expiry and structure: {@code SPX 2026-12-09 iron condor}. */
final class LayerNames {

    private LayerNames() {
    }

    static String of(List<ProposedLeg> legs) {
        Instrument first = legs.get(0).instrument();
        String product = switch (first.kind()) {
            case SPX_OPTION -> "SPX";
            case VIX_OPTION -> "VIX";
            case VIX_FUTURE -> "VIX futures";
            case VIX_ETF -> first.label().split(" ")[0] + " shares";
            case VIX_ETF_OPTION -> first.label().split(" ")[0];
        };
        String expiry = first.kind() == org.condordesk.model.InstrumentKind.VIX_FUTURE ? ""
                : first.expiryDate().map(d -> " " + d).orElse("");
        String name = product + expiry + structure(legs);
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** Iron condor: two puts and two calls, each pair a short inside a long; a vertical: two legs of one right. */
    private static String structure(List<ProposedLeg> legs) {
        if (legs.stream().anyMatch(l -> !l.instrument().isOption())) {
            return "";
        }
        List<ProposedLeg> puts = legs.stream().filter(l -> right(l) == OptionRight.PUT).toList();
        List<ProposedLeg> calls = legs.stream().filter(l -> right(l) == OptionRight.CALL).toList();
        if (puts.size() == 2 && calls.size() == 2 && vertical(puts) && vertical(calls)) {
            return " iron condor";
        }
        if (legs.size() == 2 && vertical(legs)) {
            return " " + (right(legs.get(0)) == OptionRight.PUT ? "put" : "call") + " spread";
        }
        return "";
    }

    private static boolean vertical(List<ProposedLeg> pair) {
        return pair.size() == 2 && right(pair.get(0)) == right(pair.get(1))
                && Integer.signum(firstQuantity(pair.get(0))) == -Integer.signum(firstQuantity(pair.get(1)));
    }

    /** The side a leg was opened on (its first fill), so a closed structure is still named. */
    private static int firstQuantity(ProposedLeg leg) {
        return leg.fills().get(0).quantity();
    }

    private static OptionRight right(ProposedLeg leg) {
        return leg.instrument().optionRight().orElseThrow();
    }
}
