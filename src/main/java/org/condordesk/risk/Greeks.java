package org.condordesk.risk;

/**
 * Dollar risk of a leg, layer or position (DESIGN §3). {@code spxDelta} is $ per SPX point and
 * {@code spxGamma} its change per point; {@code vixDelta} is $ per point of each VIX leg's own underlying
 * (its future, or the ETF's constant-maturity future); theta is $ per calendar day; {@code spxVega} is $
 * per vol point of SPX implied vol, {@code vixOptionVega} $ per vol point of VIX-option implied vol
 * (vol of vol); {@code vixVega} is $ per +1 point of spot VIX through the vol factor model; rho is $ per
 * rate point. {@code value} is the mark-to-model value and {@code pnl} value minus entry cost.
 */
public record Greeks(double value, double pnl, double spxDelta, double spxGamma, double vixDelta,
                     double thetaPerDay, double spxVega, double vixOptionVega, double vixVega, double rhoPerPoint) {

    public static final Greeks ZERO = new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Greeks plus(Greeks other) {
        return new Greeks(value + other.value, pnl + other.pnl, spxDelta + other.spxDelta,
                spxGamma + other.spxGamma, vixDelta + other.vixDelta, thetaPerDay + other.thetaPerDay,
                spxVega + other.spxVega, vixOptionVega + other.vixOptionVega, vixVega + other.vixVega,
                rhoPerPoint + other.rhoPerPoint);
    }

    public Greeks times(double factor) {
        return new Greeks(value * factor, pnl * factor, spxDelta * factor, spxGamma * factor, vixDelta * factor,
                thetaPerDay * factor, spxVega * factor, vixOptionVega * factor, vixVega * factor, rhoPerPoint * factor);
    }

    /** SPX delta as a number of SPX-equivalent units of 100 × index (one contract of delta 1.00). */
    public double spxEquivalentContracts() {
        return spxDelta / 100;
    }
}
