package org.condordesk.market;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;

/**
 * One option's quote at the chain's quote time: bid and ask in points per unit (0 where the side is empty, as
 * the exchange writes it), and the last sale, volume and open interest where the file gives them. A crossed
 * quote (bid &gt; ask) can exist: it is data to flag, not an input error.
 */
public record OptionQuote(OptionRoot root, LocalDate expiry, double strike, OptionRight right, double bid,
                          double ask, OptionalDouble last, OptionalLong volume, OptionalLong openInterest) {

    public OptionQuote {
        Check.present("root", root);
        Check.present("expiry", expiry);
        Check.positive("strike", strike);
        Check.present("right", right);
        Check.nonNegative("bid", bid);
        Check.nonNegative("ask", ask);
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(openInterest, "openInterest");
        if (last.isPresent()) {
            Check.nonNegative("last", last.getAsDouble());
        }
    }

    /** A quote with bid and ask only. */
    public static OptionQuote of(OptionRoot root, LocalDate expiry, double strike, OptionRight right, double bid,
                                 double ask) {
        return new OptionQuote(root, expiry, strike, right, bid, ask, OptionalDouble.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** Two-sided, zero-bid, one-sided, empty or crossed. */
    public QuoteCondition condition() {
        return QuoteCondition.of(bid, ask);
    }


    /** (bid + ask)/2; NaN when the quote has no usable mid (see {@link QuoteCondition#hasMid}). */
    public double mid() {
        return condition().hasMid() ? 0.5 * (bid + ask) : Double.NaN;
    }
}
