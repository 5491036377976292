package org.condordesk.risk;

/**
 * Dollar figures of a leg, a layer or the position (docs/model.md §1). {@code value} is the mark-to-model value
 * (an option's premium, a VIX future's variation margin {@code (F − entry)·1000·qty}, an ETF's price × shares)
 * and {@code pnl} value minus entry cost; {@code notional} is the face value of VIX futures {@code F·1000·qty},
 * never part of {@code value}. {@code spxDelta} is $ per SPX point and {@code spxGamma} its change per point;
 * theta is the $ change over the next day (or the time left, if less); {@code spxVega} is $ per vol point of
 * SPX implied vol, {@code vixOptionVega} $ per vol point of VIX-option implied vol (vol of vol);
 * {@code vixVega} is $ per +1 point of spot VIX through the vol factor model; rho is $ per rate point. Every
 * figure adds across legs and layers. (VIX delta is per leg only, {@link LegRisk#vixDelta}: the legs' own
 * underlyings differ, so it does not add.)
 */
public record Greeks(double value, double pnl, double notional, double spxDelta, double spxGamma,
                     double thetaPerDay, double spxVega, double vixOptionVega, double vixVega, double rhoPerPoint) {

    public static final Greeks ZERO = new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These figures with {@code newValue} as the value ($). */
    public Greeks withValue(double newValue) {
        return new Greeks(newValue, pnl, notional, spxDelta, spxGamma, thetaPerDay, spxVega, vixOptionVega, vixVega,
                rhoPerPoint);
    }

    /** A leg whose value can no longer move: settled, or frozen at its settlement value. */
    public static Greeks settled(double value, double pnl) {
        return new Greeks(value, pnl, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A live SPX option: BSM delta, gamma, vega and rho in dollars, its VIX vega through w(τ). */
    public static Greeks spxOption(double value, double pnl, double delta, double gamma, double theta, double vega,
                                   double vixVega, double rho) {
        return new Greeks(value, pnl, 0, delta, gamma, theta, vega, 0, vixVega, rho);
    }

    /** A live VIX future: value is its variation margin, notional its face value. */
    public static Greeks vixFuture(double variationMargin, double notional, double theta, double vixVega) {
        return new Greeks(variationMargin, variationMargin, notional, 0, 0, theta, 0, 0, vixVega, 0);
    }

    /** A live VIX option: vol-of-vol vega apart from its VIX vega through the future's beta. */
    public static Greeks vixOption(double value, double pnl, double theta, double vixOptionVega, double vixVega,
                                   double rho) {
        return new Greeks(value, pnl, 0, 0, 0, theta, 0, vixOptionVega, vixVega, rho);
    }

    /** VIX-ETF shares: a funded asset, valued at price × shares. */
    public static Greeks vixEtf(double value, double pnl, double theta, double vixVega) {
        return new Greeks(value, pnl, 0, 0, 0, theta, 0, 0, vixVega, 0);
    }

    public Greeks plus(Greeks other) {
        return new Greeks(value + other.value, pnl + other.pnl, notional + other.notional, spxDelta + other.spxDelta,
                spxGamma + other.spxGamma, thetaPerDay + other.thetaPerDay, spxVega + other.spxVega,
                vixOptionVega + other.vixOptionVega, vixVega + other.vixVega, rhoPerPoint + other.rhoPerPoint);
    }

    public Greeks times(double factor) {
        return new Greeks(value * factor, pnl * factor, notional * factor, spxDelta * factor, spxGamma * factor,
                thetaPerDay * factor, spxVega * factor, vixOptionVega * factor, vixVega * factor, rhoPerPoint * factor);
    }

    /** SPX delta as a number of SPX-equivalent units of 100 × index (one contract of delta 1.00). */
    public double spxEquivalentContracts() {
        return spxDelta / 100;
    }
}
