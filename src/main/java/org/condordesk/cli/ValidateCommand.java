package org.condordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.condordesk.market.ExpiryWarnings;
import org.condordesk.market.InputWarning;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE.json}: prints {@code ok}, or one line naming the file and the JSON path of the problem.
 * A valid file may still draw warnings (an expiry no exchange lists), one {@code warning: <path>: …} line each;
 * they exit 0 unless {@code --strict}.
 */
@Command(name = "validate", description = {"Check a scenario file field by field; prints 'ok' or the first problem "
        + "with its JSON path.", "Expiries on weekends, exchange holidays or off the exchange's expiry days print "
        + "'warning: <json path>: ...' and exit 0, or exit 2 with --strict."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "The scenario file (schemaVersion 1, 2 or 3).")
    Path file;

    @Option(names = "--strict", description = "Exit non-zero (2) when there is any warning.")
    boolean strict;

    @Override
    public Integer call() {
        List<InputWarning> warnings = ExpiryWarnings.of(ScenarioJson.read(file));
        PrintWriter out = spec.commandLine().getOut();
        for (InputWarning warning : warnings) {
            out.println("warning: " + warning);
        }
        out.println("ok");
        out.flush();
        if (strict && !warnings.isEmpty()) {
            throw new ValidationException(file.getFileName().toString(), warnings.size()
                    + (warnings.size() == 1 ? " warning" : " warnings") + " under --strict");
        }
        return 0;
    }
}
