package org.condordesk.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the capital and stress analysis needs beyond the position (docs/capital.md), saved with the scenario: the VX
 * futures initial margin per contract (absent = not set: a clearly labelled placeholder is used and flagged, no
 * published figure is bundled), the cost-of-capital table (empty = the scenario's risk-free rate) and the trader's
 * own stresses.
 */
public record CapitalSettings(OptionalDouble vxInitialMarginPerContract, List<FundingSource> funding,
                              List<UserStress> stresses) {

    public static final int MAX_FUNDING_SOURCES = 16;
    public static final int MAX_STRESSES = 64;

    public CapitalSettings {
        Check.present("vxInitialMarginPerContract", vxInitialMarginPerContract);
        if (vxInitialMarginPerContract.isPresent()) {
            Check.between("vxInitialMarginPerContract", vxInitialMarginPerContract.getAsDouble(), 0, 1_000_000);
        }
        funding = Check.list("funding", funding, MAX_FUNDING_SOURCES);
        stresses = Check.list("stresses", stresses, MAX_STRESSES);
        if (!funding.isEmpty() && funding.stream().mapToDouble(FundingSource::weight).sum() <= 0) {
            throw new ValidationException("funding", "the weights must not all be 0");
        }
    }

    /** Nothing set: placeholder VX margin, cost of capital = risk-free rate, no user stresses. */
    public static CapitalSettings defaults() {
        return new CapitalSettings(OptionalDouble.empty(), List.of(), List.of());
    }

    public boolean isDefault() {
        return equals(defaults());
    }

    public CapitalSettings withVxInitialMarginPerContract(OptionalDouble value) {
        return new CapitalSettings(value, funding, stresses);
    }

    public CapitalSettings withFunding(List<FundingSource> value) {
        return new CapitalSettings(vxInitialMarginPerContract, value, stresses);
    }

    public CapitalSettings withStresses(List<UserStress> value) {
        return new CapitalSettings(vxInitialMarginPerContract, funding, value);
    }
}
