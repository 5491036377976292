package org.condordesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.junit.jupiter.api.Test;

/** Records that cannot exist cannot be constructed, and the message names the field. */
class ModelValidationTest {

    @Test
    void negativeStrikeNamesTheStrike() {
        assertThatThrownBy(() -> new SpxOption(OptionRight.PUT, -5, Fixtures.CONDOR_EXPIRY, Settlement.PM))
                .isInstanceOf(ValidationException.class).hasMessage("strike: must be > 0, got -5");
    }

    @Test
    void zeroQuantityAndNonFiniteNumbersAreRefused() {
        SpxOption put = Fixtures.spx(OptionRight.PUT, 7000);
        assertThatThrownBy(() -> Leg.option(put, 0, 1, 0.2)).hasMessage("quantity: must not be 0");
        assertThatThrownBy(() -> Leg.option(put, 1, Double.NaN, 0.2)).hasMessageStartingWith("entryPrice: must be a finite number");
        assertThatThrownBy(() -> Leg.option(put, 1, 1, -0.2)).hasMessageStartingWith("impliedVol: must be > 0");
        assertThatThrownBy(() -> Leg.linear(put, 1, 1)).hasMessageStartingWith("impliedVol: is missing");
        assertThatThrownBy(() -> new Leg(new VixFuture(LocalDate.of(2027, 1, 20)), 1, 18, java.util.OptionalDouble.of(0.5),
                java.util.Optional.empty())).hasMessageStartingWith("impliedVol: only option legs");
    }

    @Test
    void askBelowBidIsRefused() {
        assertThatThrownBy(() -> new Quote(2.0, 1.5)).hasMessage("ask: must be >= bid (2), got 1.5");
    }

    @Test
    void expiryBeforeTheValuationTimeNamesTheLegsPath() {
        Layer stale = Layer.of("Old", LayerRole.HEDGE, List.of(Leg.linear(new VixFuture(LocalDate.of(2026, 11, 18)), 1, 15)));
        assertThatThrownBy(() -> Fixtures.scenario(List.of(Fixtures.sampleCondor(), stale)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("layers[1].legs[0].expiry: settled at 2026-11-18T09:30");
    }

    @Test
    void pathsNestWhenAnErrorIsSeenFromAbove() {
        ValidationException inner = new ValidationException("strike", "must be > 0, got -5");
        assertThat(inner.under("legs[0]").under("layers[1]").getMessage())
                .isEqualTo("layers[1].legs[0].strike: must be > 0, got -5");
        assertThat(new ValidationException("", "empty file").under("layers[0]").getMessage()).isEqualTo("layers[0]: empty file");
    }

    @Test
    void etfWithoutAQuoteIsRefused() {
        Layer etf = Layer.of("ETF", LayerRole.HEDGE, List.of(Leg.linear(new VixEtf("UVXY", 30, 1.5), 100, 20)));
        assertThatThrownBy(() -> Fixtures.scenario(List.of(etf)))
                .hasMessage("layers[0].legs[0].symbol: no price for UVXY in market.etfQuotes");
    }

    @Test
    void spotVolMapFollowsTheDocumentedExample() {
        // docs/model.md: at VIX 30 a 1 % SPX fall lifts VIX by 30·(e^0.056 − 1) = 1.73 points.
        SpotVolMap map = SpotVolMap.defaults();
        assertThat(map.vixAfter(30, -1)).isEqualTo(30 * Math.exp(0.056));
        assertThat(map.vixAfter(30, 1)).isEqualTo(30 * Math.exp(-0.038));
        assertThat(map.withStickyVol(true).vixAfter(30, -5)).isEqualTo(30);
        assertThat(map.vixAfter(9.5, 30)).isEqualTo(9.0);   // floored
        assertThat(map.vixAfter(8.0, 30)).isEqualTo(8.0);   // never pushed up by the floor
    }
}
