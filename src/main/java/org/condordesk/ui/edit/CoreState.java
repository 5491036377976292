package org.condordesk.ui.edit;

import java.time.LocalDate;
import java.util.Optional;

import org.condordesk.risk.Analysis;

/**
 * Whether the condor (the core layer) is still open at the analysis date. Past its expiry the core has settled:
 * its VIX vega is zero, so "percent of the unhedged core" and the vega-neutral size mean nothing, and the views
 * say "core settled" instead of blaming the hedge.
 */
public record CoreState(boolean settled, Optional<LocalDate> expiry) {

    /** The state at {@code analysis}'s date: settled once the analysis time has reached the core expiry curve's time. */
    public static CoreState of(Analysis analysis) {
        Optional<LocalDate> expiry = analysis.coreExpiry();
        boolean settled = expiry.isPresent() && !analysis.expiryCurve().at().isAfter(analysis.analysisTime());
        return new CoreState(settled, expiry);
    }

    /** "core settled Wed 09 Dec", or empty while the core is open. */
    public String note(java.util.function.Function<LocalDate, String> dateFormat) {
        return settled ? "core settled " + expiry.map(dateFormat).orElse("") : "";
    }
}
