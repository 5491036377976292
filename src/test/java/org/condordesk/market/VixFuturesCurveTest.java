package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.junit.jupiter.api.Test;

class VixFuturesCurveTest {

    private static final ZonedDateTime VALUATION = LocalDateTime.of(2026, 11, 25, 9, 30).atZone(Instrument.NEW_YORK);

    private final VixFuturesCurve curve = new VixFuturesCurve(16.0, List.of(
            new FuturesQuote(LocalDate.of(2026, 12, 16), 17.0),
            new FuturesQuote(LocalDate.of(2027, 1, 20), 18.4)), VALUATION);

    @Test
    void quotedFuturesPriceAtTheirOwnTenorAndSpotAtZero() {
        assertThat(curve.priceAt(0)).isEqualTo(16.0);
        assertThat(curve.priceAt(21)).isCloseTo(17.0, within(1e-12));
        assertThat(curve.priceAt(56)).isCloseTo(18.4, within(1e-12));
    }

    @Test
    void linearBetweenKnotsAndFlatBeyondTheLast() {
        // Halfway between 21 and 56 days: (17.0 + 18.4) / 2.
        assertThat(curve.priceAt(38.5)).isCloseTo(17.7, within(1e-12));
        assertThat(curve.priceAt(400)).isEqualTo(18.4);
    }

    @Test
    void rollDownIsTheOneDayDropAlongTheCurve() {
        // Between 21 and 56 days the slope is 1.4 / 35 points a day; a future there loses it each day.
        assertThat(curve.rollDownPerDay(40)).isCloseTo(-1.4 / 35, within(1e-12));
        assertThat(curve.rollDownPerDay(10)).isCloseTo(-1.0 / 21, within(1e-12));
    }

    @Test
    void quotesAlreadySettledAreIgnored() {
        VixFuturesCurve later = new VixFuturesCurve(16.0, List.of(
                new FuturesQuote(LocalDate.of(2026, 11, 18), 15.0),
                new FuturesQuote(LocalDate.of(2026, 12, 16), 17.0)), VALUATION);
        assertThat(later.tenorsDays()).hasSize(2);
        assertThat(later.priceAt(21)).isCloseTo(17.0, within(1e-12));
    }
}
