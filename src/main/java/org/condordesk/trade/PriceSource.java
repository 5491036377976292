package org.condordesk.trade;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.condordesk.model.ValidationException;

/**
 * Where a fill's price came from (issue 31 §2): a loaded chain's quote for the contract (with the chain's quote
 * time), the leg's own bid/ask, the engine's model, a price the trader typed, or a settlement value.
 */
public record PriceSource(Kind kind, Optional<ZonedDateTime> quoteTime) {

    /** The kinds of source; {@code key()} is how the CLI's JSON names them. */
    public enum Kind {
        CHAIN, QUOTE, MODEL, TYPED, SETTLEMENT;

        /** {@code chain}, {@code quote}, {@code model}, {@code typed}, {@code settlement}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PriceSource {
        if (kind == null || quoteTime == null) {
            throw new ValidationException("priceSource", "needs a kind and an optional quote time");
        }
        if (quoteTime.isPresent() != (kind == Kind.CHAIN)) {
            throw new ValidationException("priceSource", "a quote time goes with a chain's price, and only there");
        }
    }

    static final PriceSource QUOTE = new PriceSource(Kind.QUOTE, Optional.empty());
    static final PriceSource MODEL = new PriceSource(Kind.MODEL, Optional.empty());
    static final PriceSource TYPED = new PriceSource(Kind.TYPED, Optional.empty());
    static final PriceSource SETTLEMENT = new PriceSource(Kind.SETTLEMENT, Optional.empty());

    /** A loaded chain's quote, taken at {@code time}. */
    static PriceSource chain(ZonedDateTime time) {
        return new PriceSource(Kind.CHAIN, Optional.of(time));
    }
}
