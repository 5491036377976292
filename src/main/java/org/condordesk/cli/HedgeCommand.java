package org.condordesk.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.condordesk.capital.HedgeOptimizer;
import org.condordesk.capital.HedgeSolution;
import org.condordesk.capital.StressLibrary;
import org.condordesk.capital.StressResult;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hedge FILE.json --mode vega|min-variance|min-worst}: whole-contract hedge sizes and what they give. */
@Command(name = "hedge",
        description = "Hedge-layer sizes in whole contracts: vega-neutral (the engine's solve, rounded), or the least "
                + "variance or the best worst case of total P&L over the stress set (exact enumeration), with the "
                + "resulting stress P&L, margin and net VIX vega (docs/capital.md).")
final class HedgeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--mode", required = true, paramLabel = "vega|min-variance|min-worst", converter = ModeConverter.class,
            description = "What the sizes achieve: vega neutrality, the least variance or the best worst case of total "
                    + "P&L over the stress set.")
    HedgeOptimizer.Mode mode;

    @Option(names = "--max-size", paramLabel = "MULTIPLE", defaultValue = "3",
            description = "Upper bound of every hedge layer's size multiplier in the search (default 3; lower bound 0).")
    double maxSize;

    @Mixin
    CapitalInputs inputs;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = inputs.scenario();
        StressValuation valuation = StressValuation.of(scenario);
        List<StressResult> stresses = StressLibrary.run(valuation, inputs.history());
        HedgeSolution solution = HedgeOptimizer.solve(valuation, stresses, mode, maxSize);
        Optional<HedgeSolution> vega = mode == HedgeOptimizer.Mode.VEGA ? Optional.empty()
                : Optional.of(HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.VEGA, maxSize));
        CliJson.printJsonOrText(spec, inputs.json, () -> HedgeOutput.json(scenario.name(), solution, vega),
                () -> HedgeOutput.text(scenario.name(), solution, vega));
        return 0;
    }

    /** {@code vega}, {@code min-variance} or {@code min-worst}. */
    static final class ModeConverter extends KeyedConverter<HedgeOptimizer.Mode> {
        ModeConverter() {
            super(HedgeOptimizer.Mode.values(), HedgeOptimizer.Mode::key, "a hedge mode");
        }
    }
}
