package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's fast path gives exactly the public pricers' numbers. */
class BlackTest {

    static Stream<Long> seeds() {
        return new SplittableRandom(7).longs(300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void discountedFormMatchesBsmAndBlack76(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OptionRight right = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
        double spot = random.nextDouble(1000, 9000);
        double strike = spot * Math.exp(random.nextDouble(-0.5, 0.5));
        double years = random.nextDouble(1.0 / 365, 2);
        double rate = random.nextDouble(0, 0.08);
        double yield = random.nextDouble(0, 0.03);
        double vol = random.nextDouble(0.01, 1.5);
        double bsm = Black.price(right, spot * Math.exp(-yield * years), strike * Math.exp(-rate * years),
                vol * Math.sqrt(years));
        assertThat(bsm).isCloseTo(Bsm.price(right, spot, strike, years, rate, yield, vol), within(1e-12 * spot));
        double discount = Math.exp(-rate * years);
        double black76 = Black.price(right, spot * discount, strike * discount, vol * Math.sqrt(years));
        assertThat(black76).isCloseTo(Black76.price(right, spot, strike, years, rate, vol), within(1e-12 * spot));
    }
}
