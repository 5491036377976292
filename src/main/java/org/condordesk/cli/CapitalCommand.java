package org.condordesk.cli;

import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.condordesk.capital.CapitalAnalysis;
import org.condordesk.capital.CapitalReport;
import org.condordesk.model.Check;
import org.condordesk.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capital FILE.json}: margin, return on margin, IRR and NPV, and whether each hedge layer pays for its capital. */
@Command(name = "capital",
        description = "Does the overlay earn its capital? Reg-T margin per layer, return on margin, IRR and NPV of the "
                + "dated cash flows at the cost of capital, and each hedge layer's effect on IRR − cost of capital "
                + "(docs/capital.md).")
final class CapitalCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cost-of-capital", paramLabel = "R",
            description = "Annual cost of capital, a decimal effective rate (0.08 = 8 %%), overriding the scenario's "
                    + "funding table (default: its WACC, else the risk-free rate).")
    Double costOfCapital;

    @Option(names = "--horizon", paramLabel = "core-expiry|last-expiry", converter = HorizonConverter.class,
            defaultValue = "core-expiry",
            description = "Where the cash flows end: the core expiry (hedges closed at model value; default) or the "
                    + "last expiry of any leg.")
    CapitalAnalysis.HorizonChoice horizon;

    @Mixin
    CapitalInputs inputs;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = inputs.scenario();
        if (costOfCapital != null) {
            Check.between("--cost-of-capital", costOfCapital, -0.5, 5);
        }
        OptionalDouble cost = costOfCapital == null ? OptionalDouble.empty() : OptionalDouble.of(costOfCapital);
        CapitalReport report = CapitalAnalysis.run(scenario, inputs.history(), new CapitalAnalysis.Settings(cost, horizon));
        CliJson.printJsonOrText(spec, inputs.json, () -> CapitalOutput.json(scenario.name(), report),
                () -> CapitalOutput.text(scenario.name(), report));
        return 0;
    }

    /** {@code core-expiry} or {@code last-expiry}. */
    static final class HorizonConverter extends KeyedConverter<CapitalAnalysis.HorizonChoice> {
        HorizonConverter() {
            super(CapitalAnalysis.HorizonChoice.values(), CapitalAnalysis.HorizonChoice::key, "a horizon");
        }
    }
}
