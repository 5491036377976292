package org.condordesk.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.OptionChain;
import org.condordesk.model.ValidationException;

/**
 * Analyses a chain: per root and expiry, the implied forward and discount factor ({@link ForwardFit}), the
 * implied vol of every bid, ask and mid ({@link QuoteVols}), the SVI smile ({@link SviFit}) and its checks;
 * then calendar arbitrage between consecutive smiles: the later one's total variance below the earlier one's
 * by more than twice what the fits' RMS vol errors amount to in total variance ({@code 2σT·dσ}). An expiry whose quotes imply no forward is skipped with
 * its reason; the rest go on.
 */
public final class ChainAnalyzer {

    /** Log-moneyness grid points per calendar check. */
    static final int CALENDAR_GRID_POINTS = 101;
    /** A dip in total variance smaller than this many times the fits' own error is noise, not a violation. */
    static final double CALENDAR_TOLERANCE_FITS = 2;

    private ChainAnalyzer() {
    }

    public static ChainAnalysis analyze(OptionChain chain) {
        List<ExpiryAnalysis> analysed = new ArrayList<>();
        List<ChainAnalysis.Skipped> skipped = new ArrayList<>();
        for (ExpiryQuotes quotes : ExpiryQuotes.split(chain)) {
            try {
                analysed.add(analyze(quotes));
            } catch (ValidationException e) {
                skipped.add(new ChainAnalysis.Skipped(quotes.label(), e.reason()));
            }
        }
        return new ChainAnalysis(chain, analysed, skipped, calendarViolations(analysed));
    }

    /** One expiry; throws {@link ValidationException} when its quotes imply no forward. */
    public static ExpiryAnalysis analyze(ExpiryQuotes quotes) {
        ImpliedForward forward = ForwardFit.fit(quotes);
        QuoteVols vols = QuoteVols.of(quotes, forward);
        int n = quotes.size();
        double[] k = new double[n];
        double[][] smile = new double[3][n];
        for (int i = 0; i < n; i++) {
            k[i] = Math.log(quotes.strike(i) / forward.forward());
            for (PriceSide side : PriceSide.values()) {
                smile[side.ordinal()][i] = vols.vol(QuoteVols.outOfTheMoney(quotes.strike(i), forward.forward()),
                        side, i);
            }
        }
        Optional<SviFit.Result> svi = SviFit.fit(quotes.years(), k, smile[PriceSide.BID.ordinal()],
                smile[PriceSide.MID.ordinal()], smile[PriceSide.ASK.ordinal()]);
        Optional<SviChecks> checks = svi.map(fit -> SviChecks.of(fit.parameters(), quotedLow(k, smile), quotedHigh(k, smile)));
        return new ExpiryAnalysis(quotes, forward, vols, svi, checks);
    }

    private static double quotedLow(double[] k, double[][] smile) {
        for (int i = 0; i < k.length; i++) {
            if (smile[PriceSide.BID.ordinal()][i] > 0) {
                return k[i];
            }
        }
        return 0;
    }

    private static double quotedHigh(double[] k, double[][] smile) {
        for (int i = k.length - 1; i >= 0; i--) {
            if (smile[PriceSide.BID.ordinal()][i] > 0) {
                return k[i];
            }
        }
        return 0;
    }

    /** Consecutive fitted smiles (by settlement) compared on the overlap of their fitted (bid > 0) ranges. */
    private static List<ChainAnalysis.CalendarViolation> calendarViolations(List<ExpiryAnalysis> expiries) {
        List<ExpiryAnalysis> fitted = expiries.stream().filter(e -> e.svi().isPresent()).toList();
        List<ChainAnalysis.CalendarViolation> violations = new ArrayList<>();
        for (int j = 1; j < fitted.size(); j++) {
            ExpiryAnalysis earlier = fitted.get(j - 1);
            ExpiryAnalysis later = fitted.get(j);
            double low = Math.max(range(earlier)[0], range(later)[0]);
            double high = Math.min(range(earlier)[1], range(later)[1]);
            for (int g = 0; g < CALENDAR_GRID_POINTS && high > low; g++) {
                double k = low + (high - low) * g / (CALENDAR_GRID_POINTS - 1);
                double w1 = earlier.svi().get().parameters().totalVariance(k);
                double w2 = later.svi().get().parameters().totalVariance(k);
                // dw = 2σT·dσ: the fits' RMS vol errors, in total variance at this point
                double noise = 2 * Math.sqrt(Math.max(w1, 0) * earlier.years())
                        * Math.max(earlier.svi().get().rmsVolError(), later.svi().get().rmsVolError());
                if (w2 < w1 - CALENDAR_TOLERANCE_FITS * noise) {
                    violations.add(new ChainAnalysis.CalendarViolation(earlier.quotes().label(), later.quotes().label(),
                            k, w1, w2));
                    break;
                }
            }
        }
        return violations;
    }

    private static double[] range(ExpiryAnalysis expiry) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < expiry.quotes().size(); i++) {
            if (expiry.smileVol(PriceSide.BID, i) > 0) {
                double k = expiry.logMoneyness(expiry.quotes().strike(i));
                low = Math.min(low, k);
                high = Math.max(high, k);
            }
        }
        return new double[] {low, high};
    }
}
