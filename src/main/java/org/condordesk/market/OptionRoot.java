package org.condordesk.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import org.condordesk.model.Instrument;
import org.condordesk.model.Settlement;

/**
 * The option classes a chain holds, named by their Cboe root: SPX (standard, AM-settled at the open of the
 * third Friday), SPXW (weeklys and end-of-month, PM-settled at the close), VIX and VIXW (AM-settled at the
 * special opening quotation of their settlement Wednesday).
 */
public enum OptionRoot {
    SPX("SPX", Settlement.AM), SPXW("SPX", Settlement.PM), VIX("VIX", Settlement.AM), VIXW("VIX", Settlement.AM);

    private final String underlying;
    private final Settlement settlement;

    OptionRoot(String underlying, Settlement settlement) {
        this.underlying = underlying;
        this.settlement = settlement;
    }

    /** The index the options are on: {@code SPX} or {@code VIX}. */
    public String underlying() {
        return underlying;
    }

    /** AM (09:30 New York) or PM (16:00). */
    public Settlement settlement() {
        return settlement;
    }

    /** The instant an option of this root expiring on {@code expiry} settles. */
    public ZonedDateTime settlementTime(LocalDate expiry) {
        return expiry.atTime(settlement.timeOfDay()).atZone(Instrument.NEW_YORK);
    }

    /** The root of a symbol as Cboe writes it ({@code SPXW}, {@code spx}); empty when it is none of these. */
    public static Optional<OptionRoot> parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (OptionRoot root : values()) {
            if (root.name().equals(upper)) {
                return Optional.of(root);
            }
        }
        return Optional.empty();
    }
}
