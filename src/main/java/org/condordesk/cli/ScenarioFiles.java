package org.condordesk.cli;

import java.nio.file.Path;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.ScenarioJson;

/** Reads a scenario file for a command; an error names the file, then the JSON path: {@code a.json: layers[0].name: …}. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static Scenario read(Path file) {
        try {
            return ScenarioJson.read(file);
        } catch (ValidationException e) {
            throw new ValidationException(file + (e.path().isEmpty() ? "" : ": " + e.path()), e.reason());
        }
    }
}
