package org.condordesk.store.library;

import java.time.LocalDate;
import java.util.Optional;

import org.condordesk.model.Check;

/**
 * The risk figures the library lists beside each version, computed by the caller (the store does not
 * depend on the risk engine): net VIX vega in $ per +1 VIX point, max loss in $ on the expiry curve
 * (negative = a loss) and the core layer's expiry date ({@code null} when the scenario has no core expiry).
 */
public record ScenarioSummary(double netVixVega, double maxLoss, LocalDate coreExpiry) {

    public ScenarioSummary {
        Check.finite("netVixVega", netVixVega);
        Check.finite("maxLoss", maxLoss);
    }

    public Optional<LocalDate> coreExpiryDate() {
        return Optional.ofNullable(coreExpiry);
    }
}
