package org.condordesk.trade.broker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.model.Instrument;

/**
 * Checks each fill's opening/closing flag against the position it meets (issue 26 §4). A "Buy to close" with no
 * short contracts open (or fewer than it buys) cannot be matched: taken as a plain buy it would open a long position
 * the trader never had. Such a row is left out with its reason (a named warning; under {@code --strict} an error,
 * as every row not imported is); so is a "to open" fill that meets an opposite position. Fills without a flag are
 * taken as they are. Fills are met in time order, the file's order on a tie, as the position is built.
 */
final class OpenCloseMatch {

    private OpenCloseMatch() {
    }

    /** The fills whose flags match, in their order; the others are added to {@code unmapped}. */
    static List<BrokerFill> matched(List<BrokerFill> fills, List<BrokerRows.Unmapped> unmapped) {
        List<BrokerFill> ordered = fills.stream().sorted(Comparator.comparing(BrokerFill::time)).toList();
        Map<Instrument, Integer> open = new HashMap<>();
        List<BrokerFill> rejected = new ArrayList<>();
        for (BrokerFill fill : ordered) {
            int position = open.getOrDefault(fill.instrument(), 0);
            String reason = mismatch(fill, position);
            if (reason != null) {
                rejected.add(fill);
                unmapped.add(new BrokerRows.Unmapped(fill.line(), reason));
                continue;
            }
            open.put(fill.instrument(), position + fill.quantity());
        }
        List<BrokerFill> kept = new ArrayList<>(fills);
        kept.removeAll(rejected);
        return kept;
    }

    /** Why {@code fill} cannot meet {@code position} (signed contracts open), null when it can. */
    private static String mismatch(BrokerFill fill, int position) {
        int quantity = fill.quantity();
        String what = fill.sideAndEffect() + " " + Math.abs(quantity) + " " + fill.instrument().label();
        String held = position == 0 ? "nothing is open" : (position > 0 ? "long " : "short ") + Math.abs(position) + " open";
        return switch (fill.effect()) {
            case CLOSE -> position == 0 || Integer.signum(position) == Integer.signum(quantity)
                    || Math.abs(quantity) > Math.abs(position)
                    ? what + " has no open lot to close (" + held + "): left out, it would open the opposite position"
                    : null;
            case OPEN -> position != 0 && Integer.signum(position) != Integer.signum(quantity)
                    ? what + " meets an opposite position (" + held + "): left out, the opening flag does not match"
                    : null;
            case UNSTATED -> null;
        };
    }
}
