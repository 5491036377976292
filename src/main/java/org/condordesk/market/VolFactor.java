package org.condordesk.market;

import java.util.List;

import org.condordesk.model.TenorBeta;
import org.condordesk.model.VolFactorModel;

/**
 * Evaluates the vol factor model: how many vol points SPX implied vol at a tenor moves per VIX point
 * ({@link #timeWeight}) and how many points a VIX future moves per VIX point ({@link #futuresBeta}).
 */
public final class VolFactor {

    private final double exponent;
    private final double minWeight;
    private final double maxWeight;
    private final double[] betaDays;
    private final double[] betas;

    public VolFactor(VolFactorModel model) {
        this.exponent = model.timeWeightExponent();
        this.minWeight = model.timeWeightMin();
        this.maxWeight = model.timeWeightMax();
        List<TenorBeta> table = model.futuresBetas();
        this.betaDays = table.stream().mapToDouble(TenorBeta::days).toArray();
        this.betas = table.stream().mapToDouble(TenorBeta::beta).toArray();
    }

    /** {@code w(τ) = clamp((30/τ)^exponent, min, max)}: SPX vol points per VIX point at τ calendar days. */
    public double timeWeight(double days) {
        if (days <= 0) {
            return maxWeight;
        }
        double weight = Math.pow(30.0 / days, exponent);
        return Math.min(maxWeight, Math.max(minWeight, weight));
    }

    /** {@code b(τ)}: points a VIX future τ days from settlement moves per VIX point; linear in the table, flat outside. */
    public double futuresBeta(double days) {
        return LinearTable.at(betaDays, betas, days);
    }
}
