package org.condordesk.capital;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Internal rate of return and net present value of dated cash flows, pure functions on arrays (docs/capital.md §3).
 * Times are years from the first flow (calendar days / 365); rates are annual effective rates:
 * {@code NPV(r) = Σ aᵢ·(1 + r)^(−tᵢ)}, and the IRR is the r with NPV(r) = 0.
 */
public final class Irr {

    /** The search runs in x = ln(1 + r) over this range: r from −100 % (x → −∞) to e^80 − 1. */
    static final double MIN_LOG_RATE = -40;
    static final double MAX_LOG_RATE = 80;
    /** Grid steps of the bracket scan in x. */
    static final int SCAN_STEPS = 240;
    private static final double ACCURACY = 1e-12;

    private Irr() {
    }

    /** Net present value at the annual effective rate {@code annualRate} (> −1) of {@code amounts} paid at {@code years}. */
    public static double npv(double annualRate, double[] years, double[] amounts) {
        double logDiscount = Math.log1p(annualRate);
        double total = 0;
        for (int i = 0; i < amounts.length; i++) {
            total += amounts[i] * Math.exp(-logDiscount * years[i]);
        }
        return total;
    }

    /**
     * The annual effective IRR, found by Commons Math's Brent solver on x = ln(1 + r) in a bracket from a scan of
     * [−40, 80]; where the flows change sign more than once and NPV has several roots, the one nearest 0 % is taken.
     * NaN when there is none (all flows of one sign, or every flow at one date).
     */
    public static double irr(double[] years, double[] amounts) {
        return Math.expm1(logIrr(years, amounts));
    }

    /**
     * The IRR as a continuously compounded rate, x = ln(1 + IRR): unlike the IRR itself it does not crowd against
     * −100 % for large losses over short periods (a 40 % loss in 14 days is an IRR of −99.9998 %, x = −13.3), so two
     * positions' rates still compare. NaN when there is no IRR.
     */
    public static double logIrr(double[] years, double[] amounts) {
        if (years.length != amounts.length) {
            throw new IllegalArgumentException("years and amounts differ in length");
        }
        if (nonZero(amounts) == 2) {
            return twoFlowLogIrr(years, amounts);
        }
        double earliest = Double.POSITIVE_INFINITY;
        double latest = Double.NEGATIVE_INFINITY;
        for (double year : years) {
            earliest = Math.min(earliest, year);
            latest = Math.max(latest, year);
        }
        UnivariateFunction npvOfLogRate = scaledNpv(years, amounts, earliest, latest);
        double best = Double.NaN;
        double step = (MAX_LOG_RATE - MIN_LOG_RATE) / SCAN_STEPS;
        double previousX = MIN_LOG_RATE;
        double previous = npvOfLogRate.value(previousX);
        for (int i = 1; i <= SCAN_STEPS; i++) {
            double x = MIN_LOG_RATE + i * step;
            double value = npvOfLogRate.value(x);
            if (previous == 0 || Math.signum(previous) != Math.signum(value) && value != 0) {
                double root = previous == 0 ? previousX
                        : new BrentSolver(ACCURACY, ACCURACY).solve(200, npvOfLogRate, previousX, x);
                if (Double.isNaN(best) || Math.abs(root) < Math.abs(best)) {
                    best = root;
                }
            }
            previousX = x;
            previous = value;
        }
        if (previous == 0 && (Double.isNaN(best) || Math.abs(previousX) < Math.abs(best))) {
            best = previousX;
        }
        return best;
    }

    /**
     * NPV at x = ln(1 + r) times the positive factor e^{x·t*}, with t* the latest time for x < 0 and the earliest for
     * x ≥ 0, so every exponent −x·(tᵢ − t*) is ≤ 0 and no term overflows: over 36 years at x = −40 the plain sum
     * would be e^{1440}·(…) = ∞ − ∞ = NaN (the crash of issue 28). The factor is positive, so the sign of the
     * function, and hence its roots, are those of the NPV itself.
     */
    private static UnivariateFunction scaledNpv(double[] years, double[] amounts, double earliest, double latest) {
        return x -> {
            double anchor = x < 0 ? latest : earliest;
            double total = 0;
            for (int i = 0; i < amounts.length; i++) {
                total += amounts[i] * Math.exp(-x * (years[i] - anchor));
            }
            return total;
        };
    }

    /** Two non-zero flows a₁ at t₁ and a₂ at t₂ of opposite signs: (1 + r)^(t₂ − t₁) = −a₂/a₁, so x = ln(−a₂/a₁)/(t₂ − t₁). */
    private static double twoFlowLogIrr(double[] years, double[] amounts) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        double span = years[second] - years[first];
        double ratio = -amounts[second] / amounts[first];
        if (span == 0 || ratio <= 0) {
            return Double.NaN;
        }
        return Math.log(ratio) / span;
    }

    private static int nonZero(double[] amounts) {
        int count = 0;
        for (double amount : amounts) {
            if (amount != 0) {
                count++;
            }
        }
        return count;
    }

    /** Annualised return of a period return {@code periodReturn} earned over {@code days}: (1 + p)^(365/days) − 1. */
    public static double annualise(double periodReturn, double days) {
        if (days <= 0 || periodReturn <= -1) {
            return periodReturn <= -1 ? -1 : Double.NaN;
        }
        return Math.expm1(Math.log1p(periodReturn) * 365.0 / days);
    }
}
