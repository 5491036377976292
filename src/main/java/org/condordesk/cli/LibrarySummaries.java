package org.condordesk.cli;

import org.condordesk.model.Scenario;
import org.condordesk.store.ScenarioSummary;

/**
 * The adapter between the library and the risk engine: the summary listed beside each saved version.
 * The engine ({@code risk.Analyzer}) is not on this branch in a buildable state yet, so saves carry no
 * summary (listed as "-"); switching over is this one method, and {@code library save} then fills the
 * summaries of earlier versions through {@code ScenarioLibrary.fillMissingSummaries}.
 */
final class LibrarySummaries {

    /** True once summaries are computed; until then the CLI leaves them empty rather than inventing figures. */
    static final boolean AVAILABLE = false;

    private LibrarySummaries() {
    }

    /** The summary of {@code scenario}, or null while the engine is not wired in. */
    static ScenarioSummary of(Scenario scenario) {
        return null;
    }
}
