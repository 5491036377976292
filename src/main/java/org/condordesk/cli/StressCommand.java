package org.condordesk.cli;

import java.util.concurrent.Callable;

import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stress FILE.json}: the stress library's core, hedge and total P&L per stress (docs/capital.md). */
@Command(name = "stress",
        description = "The stress library on a scenario: historical days replayed from the history, the scenario's own "
                + "stresses, correlation slippage and gamma; core, hedge and total P&L and each layer's (docs/capital.md).")
final class StressCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CapitalInputs inputs;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = inputs.scenario();
        StressReport report = StressReport.of(StressValuation.of(scenario), inputs.history());
        CliJson.printJsonOrText(spec, inputs.json, () -> StressOutput.json(scenario.name(), report),
                () -> StressOutput.text(scenario.name(), report));
        return 0;
    }
}
