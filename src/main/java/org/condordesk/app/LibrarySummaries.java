package org.condordesk.app;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.library.ScenarioSummary;

/**
 * The adapter between the library and the risk engine: the summary listed beside each saved version
 * (the store package does not depend on the engine, so the caller computes it). The command line and the
 * window's library browser both use it, so a version saved from either lists the same figures.
 */
public final class LibrarySummaries {

    /** The settings summaries are computed with: SPX ±10 % in 401 points, no time or VIX shift, no heatmap or decay. */
    public static final AnalysisSettings SETTINGS = AnalysisSettings.defaults().withoutHeatmapAndDecay();

    private LibrarySummaries() {
    }

    /** Net VIX vega ($ per VIX point), max loss on the core-expiry P&L curve ($) and the core expiry. */
    public static ScenarioSummary of(Scenario scenario) {
        return of(analyze(scenario));
    }

    /** The summary of an analysis computed with {@link #SETTINGS}. */
    public static ScenarioSummary of(Analysis analysis) {
        return new ScenarioSummary(analysis.netVixVega(), analysis.expiryCurve().maxLoss(),
                analysis.coreExpiry().orElse(null));
    }

    /** The analysis a summary is taken from: {@link #SETTINGS} at the scenario's own valuation time. */
    public static Analysis analyze(Scenario scenario) {
        return Analyzer.analyze(scenario, MarketState.of(scenario), SETTINGS);
    }
}
