package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.app.StressHistories;
import org.condordesk.capital.StressHistory;
import org.condordesk.model.Check;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code capital}, {@code stress} and {@code hedge} share: the scenario file, {@code --json}, the VX margin and the
 * history replayed.
 */
final class CapitalInputs {

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Scenario file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--vx-margin", paramLabel = "DOLLARS",
            description = "VX futures initial margin per contract in $, overriding capital.vxInitialMarginPerContract "
                    + "(without either a labelled placeholder is used: no published figure is bundled).")
    Double vxMargin;

    @Option(names = "--history-dir", paramLabel = "DIR",
            description = "Folder with SPX_History.csv and VIX_History.csv (VIX3M_History.csv optional) to replay; "
                    + "default: the bundled samples/history.")
    Path historyDir;

    @Option(names = "--no-history", description = "No history: no historical stresses, no return distribution.")
    boolean noHistory;

    /** The scenario file with the VX margin override applied. */
    Scenario scenario() throws IOException {
        Scenario scenario = ScenarioJson.read(file);
        if (vxMargin == null) {
            return scenario;
        }
        Check.between("--vx-margin", vxMargin, 0, 1_000_000);
        return scenario.withCapital(scenario.capital().withVxInitialMarginPerContract(OptionalDouble.of(vxMargin)));
    }

    Optional<StressHistory> history() throws IOException {
        if (noHistory && historyDir != null) {
            throw new ValidationException("--no-history", "cannot be combined with --history-dir");
        }
        if (noHistory) {
            return Optional.empty();
        }
        return Optional.of(historyDir == null ? StressHistories.bundled() : StressHistories.fromFolder(historyDir));
    }
}
