package org.condordesk.testsupport;

import java.nio.file.Path;

import org.condordesk.Fixtures;
import org.condordesk.store.json.ScenarioJson;

/** A child process that saves the fixture scenario with the given notes to a file: {@code PATH NOTES}. */
public final class SaveScenarioMain {

    private SaveScenarioMain() {
    }

    public static void main(String[] args) {
        try {
            ScenarioJson.save(Fixtures.hedged().withNotes(args[1]), Path.of(args[0]));
            System.out.println("saved");
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
