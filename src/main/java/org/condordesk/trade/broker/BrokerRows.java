package org.condordesk.trade.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * What a broker file held: the rows mapped to fills, every row that was not (by line number, with the reason), and
 * notes about the file as a whole (an assumption made, a section missing).
 */
public record BrokerRows(String source, List<BrokerFill> fills, List<Unmapped> unmapped, List<String> notes) {

    /** A row that did not become a fill, and why. */
    public record Unmapped(int line, String reason) {

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    public BrokerRows {
        fills = List.copyOf(fills);
        unmapped = List.copyOf(unmapped);
        notes = List.copyOf(notes);
    }

    /** Collects rows as an importer reads them. */
    static final class Builder {
        private final String source;
        private final List<BrokerFill> fills = new ArrayList<>();
        private final List<Unmapped> unmapped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(String source) {
            this.source = source;
        }

        void fill(BrokerFill fill) {
            fills.add(fill);
        }

        void unmapped(int line, String reason) {
            unmapped.add(new Unmapped(line, reason));
        }

        void note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }

        /** The rows, after {@link OpenCloseMatch} has left out every flag that does not match the position. */
        BrokerRows build() {
            List<BrokerFill> matched = OpenCloseMatch.matched(fills, unmapped);
            return new BrokerRows(source, matched, unmapped, notes);
        }
    }
}
