package org.condordesk.store.library;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One scenario of the library as listed: its latest version's number, save time and summary (empty for
 * versions migrated from a library that kept none), how many versions it has, its tags and, for deleted
 * scenarios, when it was deleted.
 */
public record LibraryEntry(String name, int latestVersion, Instant lastSavedAt, int versionCount, List<String> tags,
                           Optional<ScenarioSummary> summary, Optional<Instant> deletedAt) {

    public LibraryEntry {
        tags = List.copyOf(tags);
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }
}
