package org.condordesk.store.json;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.condordesk.model.Scenario;

/** An autosaved scenario found after a session that did not close cleanly: what it was, where it came from, when. */
public record RecoveredScenario(Scenario scenario, Optional<Path> originalFile, Instant savedAt) {
}
