package org.condordesk.pricing;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;

/**
 * One pricer input for the property tests: model, right, underlying (spot for BSM, futures price for
 * Black-76), strike, years, rate, yield (BSM only) and vol; with the pricer calls and bumped copies.
 */
record PricingCase(Model model, OptionRight right, double underlying, double strike, double years, double rate,
                   double yield, double vol) {

    enum Model { BSM, BLACK76 }

    double price() {
        return model == Model.BSM
                ? Bsm.price(right, underlying, strike, years, rate, yield, vol)
                : Black76.price(right, underlying, strike, years, rate, vol);
    }

    OptionGreeks greeks() {
        return model == Model.BSM
                ? Bsm.greeks(right, underlying, strike, years, rate, yield, vol)
                : Black76.greeks(right, underlying, strike, years, rate, vol);
    }

    double impliedVol(double price) {
        return model == Model.BSM
                ? ImpliedVol.bsm(right, price, underlying, strike, years, rate, yield)
                : ImpliedVol.black76(right, price, underlying, strike, years, rate);
    }

    /** Discounted forward F̃ = df·F: S·e^(−qT) for BSM. */
    double discountedForward() {
        return model == Model.BSM ? underlying * Math.exp(-yield * years) : underlying * Math.exp(-rate * years);
    }

    double discountedStrike() {
        return strike * Math.exp(-rate * years);
    }

    double totalVol() {
        return vol * Math.sqrt(years);
    }

    PricingCase withRight(OptionRight newRight) {
        return new PricingCase(model, newRight, underlying, strike, years, rate, yield, vol);
    }

    PricingCase withUnderlying(double newUnderlying) {
        return new PricingCase(model, right, newUnderlying, strike, years, rate, yield, vol);
    }

    PricingCase withYears(double newYears) {
        return new PricingCase(model, right, underlying, strike, newYears, rate, yield, vol);
    }

    PricingCase withRate(double newRate) {
        return new PricingCase(model, right, underlying, strike, years, newRate, yield, vol);
    }

    PricingCase withVol(double newVol) {
        return new PricingCase(model, right, underlying, strike, years, rate, yield, newVol);
    }

    /**
     * Seeded random cases over tenor (1 day to 2 years, log-uniform), vol (1 % to 300 %, log-uniform),
     * moneyness ln(K/F) = z·σ√T with z in [−4, 4], right and model; SPX-like (100 or 5000) and VIX-like
     * (10–80) underlyings, rates −0.5 % to 6 %, yields 0–3 %.
     */
    static Stream<PricingCase> random(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.generate(() -> next(random)).limit(count);
    }

    private static PricingCase next(SplittableRandom random) {
        Model model = random.nextBoolean() ? Model.BSM : Model.BLACK76;
        OptionRight right = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
        double years = Math.exp(random.nextDouble(Math.log(1.0 / 365), Math.log(2.0)));
        double vol = Math.exp(random.nextDouble(Math.log(0.01), Math.log(3.0)));
        double rate = random.nextDouble(-0.005, 0.06);
        double yield = model == Model.BSM ? random.nextDouble(0, 0.03) : 0.0;
        double underlying = model == Model.BSM ? (random.nextBoolean() ? 100 : 5000) : random.nextDouble(10, 80);
        double carry = model == Model.BSM ? (rate - yield) * years : 0.0;
        double logMoneyness = random.nextDouble(-4, 4) * vol * Math.sqrt(years);
        double strike = underlying * Math.exp(carry + logMoneyness);
        return new PricingCase(model, right, underlying, strike, years, rate, yield, vol);
    }

    @Override
    public String toString() {
        return model + " " + right + " U=" + underlying + " K=" + strike + " T=" + years + " r=" + rate + " q=" + yield
                + " vol=" + vol;
    }
}
