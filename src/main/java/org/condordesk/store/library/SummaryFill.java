package org.condordesk.store.library;

import java.util.List;

/**
 * What {@link ScenarioLibrary#fillMissingSummaries} did: how many versions got a summary, and one line for each
 * version left without one because it cannot be read or valued (named by version, scenario and reason).
 */
public record SummaryFill(int filled, List<String> skipped) {

    public SummaryFill {
        skipped = List.copyOf(skipped);
    }
}
