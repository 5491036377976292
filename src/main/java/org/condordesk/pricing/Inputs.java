package org.condordesk.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

import org.condordesk.model.OptionRight;

/**
 * Input checks for the pricers against {@link PricingDomain}. The hot path is one combined comparison; messages are built only
 * on failure, one line naming the field and the value.
 */
final class Inputs {
    static final double MIN_LEVEL = PricingDomain.MIN_LEVEL;
    static final double MAX_LEVEL = PricingDomain.MAX_LEVEL;
    static final double MAX_YEARS = PricingDomain.MAX_YEARS;
    static final double MAX_RATE = PricingDomain.MAX_RATE;
    static final double MAX_VOL = PricingDomain.MAX_VOL;

    private Inputs() {
    }

    static void bsm(OptionRight right, double spot, double strike, double years, double rate, double yield,
                    double vol) {
        if (right == null || !level(spot) || !level(strike) || !years(years) || !rate(rate) || !rate(yield)
                || !vol(vol)) {
            throw failure(right, "spot", spot, strike, years, rate, yield, vol);
        }
    }

    static void black76(OptionRight right, double forward, double strike, double years, double rate, double vol) {
        if (right == null || !level(forward) || !level(strike) || !years(years) || !rate(rate) || !vol(vol)) {
            throw failure(right, "forward", forward, strike, years, rate, 0.0, vol);
        }
    }

    static boolean level(double value) {
        return value >= MIN_LEVEL && value <= MAX_LEVEL;
    }

    static boolean years(double value) {
        return value <= MAX_YEARS && value >= -Double.MAX_VALUE;
    }

    static boolean rate(double value) {
        return value >= -MAX_RATE && value <= MAX_RATE;
    }

    static boolean vol(double value) {
        return value >= 0 && value <= MAX_VOL;
    }

    private static PricingException failure(OptionRight right, String underlyingName, double underlying,
                                            double strike, double years, double rate, double yield, double vol) {
        if (right == null) {
            return new PricingException("right is missing: call or put");
        }
        if (!level(underlying)) {
            return levelFailure(underlyingName, underlying);
        }
        if (!level(strike)) {
            return levelFailure("strike", strike);
        }
        if (!years(years)) {
            return Double.isFinite(years)
                    ? new PricingException("years must be at most " + format(MAX_YEARS) + ", got " + format(years))
                    : notFinite("years", years);
        }
        if (!rate(rate)) {
            return rateFailure("rate", rate);
        }
        if (!rate(yield)) {
            return rateFailure("yield", yield);
        }
        return volFailure(vol);
    }

    static PricingException notFinite(String field, double value) {
        return new PricingException(field + " must be a finite number, got " + value);
    }

    private static PricingException levelFailure(String field, double value) {
        if (!Double.isFinite(value)) {
            return notFinite(field, value);
        }
        if (value <= 0) {
            return new PricingException(field + " must be > 0, got " + format(value));
        }
        return new PricingException(field + " must be between 1e-100 and 1e100, got " + format(value));
    }

    private static PricingException rateFailure(String field, double value) {
        if (!Double.isFinite(value)) {
            return notFinite(field, value);
        }
        return new PricingException(field + " must be a decimal between -1 and 1 (0.05 = 5%), got " + format(value));
    }

    static PricingException volFailure(double vol) {
        if (!Double.isFinite(vol)) {
            return notFinite("vol", vol);
        }
        if (vol < 0) {
            return new PricingException("vol must be >= 0, got " + format(vol));
        }
        return new PricingException("vol must be a decimal of at most 10 (0.20 = 20%), got " + format(vol));
    }

    /** A number for a message: at most 10 significant digits, plain notation for ordinary sizes. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        double size = Math.abs(value);
        return size == 0 || (size >= 1e-6 && size < 1e15) ? rounded.toPlainString() : rounded.toString();
    }
}
