package org.condordesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.condordesk.store.json.ScenarioJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE.json}: prints {@code ok}, or one line naming the file and the JSON path of the problem. */
@Command(name = "validate", description = "Check a scenario file field by field; prints 'ok' or the first problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "The scenario file (schemaVersion 1 or 2).")
    Path file;

    @Override
    public Integer call() {
        ScenarioJson.read(file);
        spec.commandLine().getOut().println("ok");
        return 0;
    }
}
