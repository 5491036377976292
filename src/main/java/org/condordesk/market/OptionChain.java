package org.condordesk.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * The quotes of one underlying (SPX or VIX) at one quote time, as a chain file holds them: every root and
 * expiry, calls and puts, and the underlying's last price where the file gives it. No two quotes share root,
 * expiry, strike and right.
 */
public record OptionChain(String underlying, OptionalDouble underlyingPrice, ZonedDateTime quoteTime,
                          List<OptionQuote> quotes) {

    /** Enough for every listed SPX series (about 20,000 quotes in 2025) several times over. */
    public static final int MAX_QUOTES = 200_000;

    public OptionChain {
        Check.name("underlying", underlying, 16);
        Objects.requireNonNull(underlyingPrice, "underlyingPrice");
        if (underlyingPrice.isPresent()) {
            Check.positive("underlyingPrice", underlyingPrice.getAsDouble());
        }
        Check.present("quoteTime", quoteTime);
        quotes = Check.list("quotes", quotes, MAX_QUOTES);
        Set<Key> seen = new HashSet<>(quotes.size() * 2);
        for (int i = 0; i < quotes.size(); i++) {
            OptionQuote quote = quotes.get(i);
            if (!quote.root().underlying().equals(underlying)) {
                throw new ValidationException("quotes[" + i + "].root",
                        quote.root() + " options are not on " + underlying);
            }
            if (!seen.add(new Key(quote))) {
                throw new ValidationException("quotes[" + i + "]", "a second quote for " + describe(quote));
            }
        }
    }

    /** "SPXW 2025-01-17 5900 PUT": how a message names a quote. */
    public static String describe(OptionQuote quote) {
        return quote.root() + " " + quote.expiry() + " " + Check.format(quote.strike()) + " " + quote.right();
    }

    private record Key(OptionRoot root, LocalDate expiry, double strike, OptionRight right) {
        Key(OptionQuote quote) {
            this(quote.root(), quote.expiry(), quote.strike(), quote.right());
        }
    }
}
