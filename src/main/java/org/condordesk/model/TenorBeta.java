package org.condordesk.model;

/** One point of the VIX-futures beta table: a future {@code days} from expiry moves {@code beta} points per VIX point. */
public record TenorBeta(double days, double beta) {

    public TenorBeta {
        Check.between("days", days, 0, 3650);
        Check.between("beta", beta, 0, 3);
    }
}
