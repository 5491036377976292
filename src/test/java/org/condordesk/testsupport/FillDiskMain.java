package org.condordesk.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.store.library.LibraryException;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.ScenarioSummary;

/**
 * A child process for the disk-full test: saves versions to the library at {@code args[0]} until a save fails,
 * then prints {@code saved N}, the failure's message, and what a fresh open of the library then finds:
 * {@code integrity …} and {@code versions …}.
 */
public final class FillDiskMain {

    private FillDiskMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        // Notes of 2,000 characters make each version a few KB, so a small disk fills in a few hundred saves.
        Scenario scenario = Fixtures.hedged().withNotes("x".repeat(2_000));
        int saved = 0;
        String failure = "none";
        try (ScenarioLibrary library = ScenarioLibrary.open(file)) {
            for (int i = 0; i < 100_000; i++) {
                library.save(scenario.withNotes(scenario.notes() + i), "n".repeat(2_000), new ScenarioSummary(i, -i, LocalDate.of(2026, 12, 9)));
                saved++;
            }
        } catch (LibraryException e) {
            failure = e.getMessage();
        }
        System.out.println("saved " + saved);
        System.out.println("failure " + failure);
        try (ScenarioLibrary library = ScenarioLibrary.open(file)) {
            System.out.println("integrity " + library.integrityCheck());
            System.out.println("versions " + library.list().get(0).versionCount());
        } catch (RuntimeException e) {
            System.out.println("reopen failed " + e.getMessage());
        }
    }
}
