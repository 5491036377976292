package org.condordesk.cli;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.ScenarioSummary;

/**
 * The adapter between the library and the risk engine: the summary listed beside each saved version
 * (the store package does not depend on the engine, so the caller computes it).
 */
final class LibrarySummaries {

    private LibrarySummaries() {
    }

    /** Net VIX vega ($ per VIX point), max loss on the core-expiry P&L curve ($) and the core expiry. */
    static ScenarioSummary of(Scenario scenario) {
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay();
        Analysis analysis = Analyzer.analyze(scenario, MarketState.of(scenario), settings);
        return new ScenarioSummary(analysis.netVixVega(), analysis.expiryCurve().maxLoss(),
                analysis.coreExpiry().orElse(null));
    }
}
