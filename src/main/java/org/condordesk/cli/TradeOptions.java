package org.condordesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.trade.TradePrice;

import picocli.CommandLine.Option;

/** Options the trade commands share: the layer, how fills are priced, when they happen, where the result goes. */
final class TradeOptions {

    private TradeOptions() {
    }

    /** {@code --price P | --at-mid | --at-model | --at-bid-ask}: one of them. */
    static final class Pricing {
        @Option(names = "--price", paramLabel = "P", description = "A typed price per unit in points (one leg).")
        Double price;

        @Option(names = "--at-mid", description = "The quote's mid; legs without bid/ask at the model price (said so).")
        boolean mid;

        @Option(names = "--at-model", description = "The model price at the fill's date (SPX and VIX held).")
        boolean model;

        @Option(names = "--at-bid-ask", description = "Sales at the bid, purchases at the ask (legs need bid/ask).")
        boolean bidAsk;

        TradePrice toPrice() {
            if (price != null) {
                return TradePrice.typed(org.condordesk.model.Check.price("--price", price));
            }
            if (bidAsk) {
                return TradePrice.bidAsk();
            }
            return model ? TradePrice.model() : TradePrice.mid();
        }
    }

    /** {@code --layer N}: a layer of the position, counted from 1 as the GUI shows it. */
    static final class LayerChoice {
        @Option(names = "--layer", paramLabel = "N", required = true, description = "The layer, from 1.")
        int oneBased;

        /** The layer's place in the scenario, from 0. */
        int index() {
            return TradeOptions.index(oneBased, "--layer");
        }
    }

    /** Output file options. */
    static final class Output {
        @Option(names = "--out", paramLabel = "OUT.json", required = true,
                description = "Where to write the new scenario (atomically; an existing file must be JSON).")
        Path out;

        @Option(names = "--force", description = "Also replace an existing file that is not JSON.")
        boolean force;
    }

    /** {@code 2026-11-25} (at the scenario's clock time) or {@code 2026-11-25T15:30}, New York local time. */
    static LocalDateTime time(String text, Scenario scenario, String flag) {
        if (text == null) {
            return scenario.valuationTime();
        }
        try {
            LocalDateTime time = text.contains("T") ? LocalDateTime.parse(text)
                    : LocalDate.parse(text).atTime(scenario.valuationTime().toLocalTime());
            // A scenario file holds years 1900-2200 only: a later date would be written, then refused on reading.
            return org.condordesk.model.Check.year(flag, time);
        } catch (DateTimeParseException e) {
            throw new ValidationException(flag, "'" + text + "' is not a date like 2026-11-25 or 2026-11-25T15:30");
        }
    }

    /** Clock days (market.Tenor) from the valuation time to {@code time}; 0 for a time at or before it. */
    static double clockDaysTo(Scenario scenario, LocalDateTime time) {
        return Math.max(0, org.condordesk.market.Tenor.clockDays(scenario.valuationInstant(),
                time.atZone(org.condordesk.model.Instrument.NEW_YORK)));
    }

    /** A 1-based index as the GUI shows it, checked and turned 0-based. */
    static int index(int oneBased, String flag) {
        if (oneBased < 1) {
            throw new ValidationException(flag, "counts from 1 (as the GUI shows layers and legs), got " + oneBased);
        }
        return oneBased - 1;
    }
}
