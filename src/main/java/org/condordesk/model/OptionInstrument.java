package org.condordesk.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** An option (on SPX, on the VIX future, on a VIX ETF): a right, a strike and an expiry date, changed by copy. */
public sealed interface OptionInstrument extends Instrument permits SpxOption, VixOption, VixEtfOption {

    OptionRight right();

    /** In points of the underlying (index points; $ per share for an ETF option). */
    double strike();

    LocalDate expiry();

    /** The strike grid the product is listed on, in the strike's points (a roll rounds its new strike to it). */
    double strikeStep();

    OptionInstrument withRight(OptionRight newRight);

    OptionInstrument withStrike(double newStrike);

    OptionInstrument withExpiry(LocalDate newExpiry);

    /** The checks every option record's compact constructor makes, each failure naming its field. */
    static void check(OptionRight right, double strike, LocalDate expiry) {
        Check.present("right", right);
        Instrument.checkStrike(strike);
        Check.present("expiry", expiry);
    }

    @Override
    default Optional<LocalDate> expiryDate() {
        return Optional.of(expiry());
    }

    @Override
    default Optional<OptionRight> optionRight() {
        return Optional.of(right());
    }

    @Override
    default OptionalDouble optionStrike() {
        return OptionalDouble.of(strike());
    }
}
