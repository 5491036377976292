package org.condordesk.capital;

import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.model.FundingSource;
import org.condordesk.model.Scenario;

/**
 * The cost of the capital a position ties up, an annual effective rate (docs/capital.md §3): a rate given on the
 * command line; else the weighted average of the scenario's funding table (WACC, Σ wᵢ·rᵢ / Σ wᵢ); else the
 * scenario's risk-free rate as an effective rate, e^r − 1 (the return the cash would earn otherwise).
 */
public record CostOfCapital(double annualRate, String source) {

    public static CostOfCapital of(Scenario scenario, OptionalDouble override) {
        if (override.isPresent()) {
            return new CostOfCapital(override.getAsDouble(), "given");
        }
        List<FundingSource> funding = scenario.capital().funding();
        if (!funding.isEmpty()) {
            return new CostOfCapital(weightedAverage(funding), "WACC of the scenario's funding table");
        }
        return new CostOfCapital(Math.expm1(scenario.market().riskFreeRate()), "risk-free rate (no funding table)");
    }

    /** Σ wᵢ·rᵢ / Σ wᵢ over the rows. */
    public static double weightedAverage(List<FundingSource> funding) {
        double weights = funding.stream().mapToDouble(FundingSource::weight).sum();
        return funding.stream().mapToDouble(f -> f.weight() * f.annualRate()).sum() / weights;
    }
}
