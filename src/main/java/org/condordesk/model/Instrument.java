package org.condordesk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a leg holds. An instrument knows what it is, not how it is valued (that is the risk engine's job). */
public sealed interface Instrument permits OptionInstrument, VixFuture, VixEtf {

    /** Exchange time zone of every expiry and of the valuation clock. */
    ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * Strikes in index points lie in [0.01, 10,000,000]: a cent above zero, ten times the largest SPX spot a
     * snapshot accepts; well inside the pricers' domain [1e-100, 1e100] ({@code pricing.PricingDomain}).
     */
    double MIN_STRIKE = 0.01;
    double MAX_STRIKE = 10_000_000;

    /** A strike checked against {@link #MIN_STRIKE} and {@link #MAX_STRIKE}, for the option records. */
    static double checkStrike(double strike) {
        Check.positive("strike", strike);
        return Check.between("strike", strike, MIN_STRIKE, MAX_STRIKE);
    }

    /** VIX futures and options settle on the special opening quotation of their settlement Wednesday. */
    LocalTime VIX_SETTLEMENT_TIME = LocalTime.of(9, 30);

    /** The settlement instant of a VIX future or option settling on {@code date}. */
    static ZonedDateTime vixSettlement(LocalDate date) {
        return date.atTime(VIX_SETTLEMENT_TIME).atZone(NEW_YORK);
    }

    /** Dollars per 1 point of price per unit held. */
    double multiplier();

    InstrumentKind kind();

    /** The expiry date, empty for products that do not expire (a VIX ETF). */
    Optional<LocalDate> expiryDate();

    /** The settlement instant, New York time; empty when the product does not expire. */
    Optional<ZonedDateTime> expiryTime();

    /** The option right, empty for futures and ETFs. */
    default Optional<OptionRight> optionRight() {
        return Optional.empty();
    }

    /** The option strike in index points, empty for futures and ETFs. */
    default OptionalDouble optionStrike() {
        return OptionalDouble.empty();
    }

    default boolean isOption() {
        return optionRight().isPresent();
    }

    /** A short human label such as {@code SPX 2026-12-09 PM 6400 PUT}. */
    String label();
}
