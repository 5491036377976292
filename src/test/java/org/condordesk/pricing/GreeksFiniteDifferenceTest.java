package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every greek of both models equals a central finite difference of the price, over seeded random cases
 * (PricingCase.random: 1 day to 2 years, 1 % to 300 % vol, ±4 standard deviations of moneyness, both rights).
 *
 * <p>Bump sizes. Each variable moves d1 and d2; the price curves on the scale at which d moves by about 1:
 * U·s/(1 + |d1| + |d2|) for the underlying, σ/(1 + |d1| + |d2|) for vol, T/(1 + |d1| + |d2|) for time and
 * about s/(T(1 + |d1| + |d2|)) for the rate. First derivatives bump by 1e-5 of that scale (≈ ε^(1/3), where
 * truncation h² and rounding ε/h balance), second and mixed derivatives by 1e-3 (≈ ε^(1/4)).
 *
 * <p>Tolerance. Truncation: a central difference D(h) = G + a·h² + O(h⁴), so |D(2h) − D(h)| = 3|a|h² and
 * allowing |D(2h) − D(h)| covers it three times over (Richardson). Rounding: one price carries an error
 * of about ε·(1 + d1²)·(|U-leg| + |K-leg|), from the two legs and from the rounding of d1 that Φ amplifies by
 * |d1|; we allow 16 times that, divided by h (first) or h² (second) as the difference formula does.
 */
class GreeksFiniteDifferenceTest {

    private static final double EPS = Math.ulp(1.0);
    private static final double FIRST = 1e-5;
    private static final double SECOND = 1e-3;

    static Stream<PricingCase> cases() {
        return PricingCase.random(20_240_603L, 600);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyGreekIsACentralDifferenceOfThePrice(PricingCase input) {
        for (Check check : checks(input)) {
            assertThat(check.analytic()).as("%s of %s: analytic %s vs central difference %s", check.greek(), input,
                    check.analytic(), check.numeric().atH()).isCloseTo(check.numeric().atH(), within(check.tolerance()));
        }
    }

    @Test
    void theTolerancesAreSharpOnMostCases() {
        // Guards the test above against passing vacuously: in the wings a greek can sink below what a
        // difference of prices resolves (gamma 1e-20 next to a price of 5000), but on most of the grid the
        // allowance must be a small fraction of the greek it checks.
        Map<String, List<Double>> relative = new TreeMap<>();
        cases().flatMap(input -> checks(input).stream()).forEach(check -> relative
                .computeIfAbsent(check.greek(), greek -> new ArrayList<>())
                .add(check.tolerance() / Math.abs(check.analytic())));
        assertThat(relative).hasSize(7);
        relative.forEach((greek, ratios) -> {
            long sharp = ratios.stream().filter(ratio -> ratio <= 1e-3).count();
            assertThat(sharp).as("%s checked to 0.1 %% or better", greek).isGreaterThanOrEqualTo(ratios.size() * 7 / 10);
        });
    }

    /** One greek against its finite difference; the allowance is truncation + rounding + 1e-9 relative. */
    record Check(String greek, double analytic, Difference numeric) {
        double tolerance() {
            return numeric.tolerance() + 1e-9 * Math.abs(analytic);
        }
    }

    static List<Check> checks(PricingCase input) {
        OptionGreeks greeks = input.greeks();
        Scales scales = Scales.of(input);
        double u = input.underlying();
        double vol = input.vol();
        return List.of(
                new Check("delta", greeks.delta(), firstDifference(input::withUnderlying, u, FIRST * scales.underlying())),
                new Check("gamma", greeks.gamma(), secondDifference(input::withUnderlying, u, SECOND * scales.underlying())),
                new Check("vega", greeks.vega(), firstDifference(input::withVol, vol, FIRST * scales.vol())),
                new Check("volga", greeks.volga(), secondDifference(input::withVol, vol, SECOND * scales.vol())),
                new Check("rho", greeks.rho(), firstDifference(input::withRate, input.rate(), FIRST * scales.rate())),
                new Check("theta", greeks.theta(),
                        firstDifference(input::withYears, input.years(), FIRST * scales.years()).negated()),
                new Check("vanna", greeks.vanna(),
                        mixedDifference(input, SECOND * scales.underlying(), SECOND * scales.vol())));
    }

    /** A finite-difference estimate at h and at 2h, and the rounding allowance of the one at h. */
    record Difference(double atH, double at2H, double rounding) {
        Difference negated() {
            return new Difference(-atH, -at2H, rounding);
        }

        double tolerance() {
            return Math.abs(atH - at2H) + rounding;
        }
    }

    private static Difference firstDifference(DoubleFunction<PricingCase> bumped, double x, double h) {
        double atH = central(bumped, x, h);
        double at2H = central(bumped, x, 2 * h);
        return new Difference(atH, at2H, 16 * noiseOf(bumped.apply(x)) / h);
    }

    private static double central(DoubleFunction<PricingCase> bumped, double x, double h) {
        double up = x + h;
        double down = x - h;
        return (bumped.apply(up).price() - bumped.apply(down).price()) / (up - down);
    }

    private static Difference secondDifference(DoubleFunction<PricingCase> bumped, double x, double h) {
        double atH = second(bumped, x, h);
        double at2H = second(bumped, x, 2 * h);
        return new Difference(atH, at2H, 4 * 16 * noiseOf(bumped.apply(x)) / (h * h));
    }

    private static double second(DoubleFunction<PricingCase> bumped, double x, double h) {
        double up = x + h;
        double down = x - h;
        double step = 0.5 * (up - down);
        return (bumped.apply(up).price() - 2 * bumped.apply(x).price() + bumped.apply(down).price()) / (step * step);
    }

    private static Difference mixedDifference(PricingCase input, double hU, double hVol) {
        double atH = mixed(input, hU, hVol);
        double at2H = mixed(input, 2 * hU, 2 * hVol);
        return new Difference(atH, at2H, 4 * 16 * noiseOf(input) / (4 * hU * hVol));
    }

    /** ∂²V/∂U∂σ ≈ [V(U+h, σ+k) − V(U+h, σ−k) − V(U−h, σ+k) + V(U−h, σ−k)] / (4hk). */
    private static double mixed(PricingCase input, double hU, double hVol) {
        double u = input.underlying();
        double vol = input.vol();
        double upUp = input.withUnderlying(u + hU).withVol(vol + hVol).price();
        double upDown = input.withUnderlying(u + hU).withVol(vol - hVol).price();
        double downUp = input.withUnderlying(u - hU).withVol(vol + hVol).price();
        double downDown = input.withUnderlying(u - hU).withVol(vol - hVol).price();
        return (upUp - upDown - downUp + downDown) / ((2 * hU) * (2 * hVol));
    }

    /**
     * Rounding error of one price: ε per leg (|U-leg| + |K-leg|, recovered from delta and price), plus the
     * rounding of d1 ≈ ε·(|d1| + s + 1) that moves each leg by F̃·φ(d1)·δd1 (and K̃φ(d2) = F̃φ(d1)).
     */
    static double noiseOf(PricingCase input) {
        OptionGreeks greeks = input.greeks();
        double underlyingLeg = Math.abs(greeks.delta()) * input.underlying();
        double strikeLeg = input.right() == OptionRight.CALL
                ? underlyingLeg - greeks.price() : underlyingLeg + greeks.price();
        double s = input.totalVol();
        double d1 = d1(input);
        double legMove = 2 * input.discountedForward() * Normal.pdf(d1) * (Math.abs(d1) + s + 1);
        return EPS * (underlyingLeg + Math.abs(strikeLeg) + legMove);
    }

    static double d1(PricingCase input) {
        double s = input.totalVol();
        return Math.log(input.discountedForward() / input.discountedStrike()) / s + 0.5 * s;
    }

    /** The natural scales of the four bumped variables for one case (see the class comment). */
    record Scales(double underlying, double vol, double years, double rate) {
        static Scales of(PricingCase input) {
            double s = input.totalVol();
            double d1 = d1(input);
            double spread = 1 + Math.abs(d1) + Math.abs(d1 - s);
            return new Scales(input.underlying() * s / spread, input.vol() / spread, input.years() / spread,
                    1 / (input.years() * (1 + spread / s)));
        }
    }
}
