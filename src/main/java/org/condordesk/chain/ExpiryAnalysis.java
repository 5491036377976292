package org.condordesk.chain;

import java.time.LocalDate;
import java.util.Optional;

import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;

/**
 * One expiry of a chain analysed: its quotes, the forward and discount factor they imply, the implied vols of
 * every quote, and the SVI smile fitted to the out-of-the-money mids with its no-arbitrage checks (absent when
 * fewer than {@link SviFit#MIN_POINTS} strikes have two-sided quotes).
 */
public record ExpiryAnalysis(ExpiryQuotes quotes, ImpliedForward forward, QuoteVols vols,
                             Optional<SviFit.Result> svi, Optional<SviChecks> checks) {

    public OptionRoot root() {
        return quotes.root();
    }

    public LocalDate expiry() {
        return quotes.expiry();
    }

    public double years() {
        return quotes.years();
    }

    /** Continuously compounded rate implied by the discount factor. */
    public double rate() {
        return forward.rate(years());
    }

    /** Log-moneyness {@code ln(K/F)} of a strike. */
    public double logMoneyness(double strike) {
        return Math.log(strike / forward.forward());
    }

    /** ATM-forward implied vol: the SVI smile at k = 0, or the quoted OTM mids interpolated there. */
    public double atmVol() {
        return volAt(forward.forward());
    }

    /**
     * The market vol at any strike, listed or not: the fitted SVI smile, or without a fit the out-of-the-money
     * mid vols interpolated linearly in log-moneyness (flat beyond the last quoted strike).
     */
    public double volAt(double strike) {
        double k = logMoneyness(strike);
        if (svi.isPresent()) {
            return svi.get().parameters().vol(k, years());
        }
        double[] ks = new double[quotes.size()];
        double[] mids = new double[quotes.size()];
        int n = 0;
        for (int i = 0; i < quotes.size(); i++) {
            double vol = smileVol(PriceSide.MID, i);
            if (vol > 0) {
                ks[n] = logMoneyness(quotes.strike(i));
                mids[n++] = vol;
            }
        }
        return Interpolation.linearFlat(ks, mids, n, k);
    }

    /** The implied vol at strike index i of the out-of-the-money option there (put below F, call at or above). */
    public double smileVol(PriceSide side, int i) {
        return vols.vol(QuoteVols.outOfTheMoney(quotes.strike(i), forward.forward()), side, i);
    }

    /** The vol of a listed option at a side; NaN when that quote has none. */
    public double vol(OptionRight right, PriceSide side, int i) {
        return vols.vol(right, side, i);
    }
}
