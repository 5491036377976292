package org.condordesk.store.library;

import java.time.Instant;
import java.util.Optional;

/** One saved version of a scenario: its number (1, 2, …), when it was saved, the note given and its summary. */
public record VersionInfo(String name, int version, Instant savedAt, String note, Optional<ScenarioSummary> summary) {
}
