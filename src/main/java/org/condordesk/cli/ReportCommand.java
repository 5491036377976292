package org.condordesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.condordesk.market.MarketState;
import org.condordesk.model.Check;
import org.condordesk.model.LayerRole;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VolResponse;
import org.condordesk.pricing.PricingException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.LiquidityCost;
import org.condordesk.risk.Probabilities;
import org.condordesk.risk.ProbabilityReport;
import org.condordesk.store.json.ScenarioJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report FILE.json}: greeks, net VIX vega, vega by expiry, break-evens and the vega-neutral hedge size. */
@Command(name = "report",
        description = "Analyse a scenario file: position and layer greeks, net VIX vega, vega by expiry, "
                + "break-evens at the core expiry, max profit/loss and the vega-neutral hedge size.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Scenario file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD",
            description = "Time-shift: value the position on this date (at the scenario's clock time), "
                    + "futures rolled down the curve. Default: the valuation date.")
    LocalDate at;

    @Option(names = "--vix-shift", paramLabel = "POINTS", defaultValue = "0",
            description = "Parallel shift of spot VIX in points, applied through the vol factor model (default 0).")
    double vixShift;

    @Option(names = "--hedge-layer", paramLabel = "N", defaultValue = "-1",
            description = "Layer index (from 0) to solve for vega neutrality; default: the last HEDGE layer.")
    int hedgeLayer;

    @Option(names = "--vol-response", paramLabel = "parallel|proportional", converter = VolResponseConverter.class,
            description = "How SPX vols answer a VIX move, overriding the scenario's model.volResponse "
                    + "(docs/model.md section 4).")
    VolResponse volResponse;

    @Option(names = "--max-cost-share", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Flag layers whose round-trip bid/ask cost exceeds this share of their edge (default 0.2).")
    double maxCostShare;

    @Option(names = "--loss-beyond", paramLabel = "DOLLARS",
            description = "The loss level ($, >= 0) of the probability of a loss beyond it at the core expiry; "
                    + "default half the max loss at expiry.")
    Double lossBeyond;

    /** The flags checked against the scenario and the engine's bounds, each error naming its flag. */
    private AnalysisSettings settings(Scenario scenario) {
        if (!(vixShift >= AnalysisSettings.MIN_VIX_SHIFT_POINTS && vixShift <= AnalysisSettings.MAX_VIX_SHIFT_POINTS)) {
            throw new ValidationException("--vix-shift", "must be between " + Check.format(AnalysisSettings.MIN_VIX_SHIFT_POINTS)
                    + " and " + Check.format(AnalysisSettings.MAX_VIX_SHIFT_POINTS) + " points, got " + Check.format(vixShift));
        }
        if (!AnalysisSettings.allowsVixShift(scenario.market().vixSpot(), vixShift)) {
            throw new ValidationException("--vix-shift", Check.format(vixShift) + " takes spot VIX from "
                    + Check.format(scenario.market().vixSpot()) + " below the minimum of "
                    + Check.format(MarketSnapshot.MIN_VIX_SPOT) + " (the lowest shift for this scenario is "
                    + Check.format(AnalysisSettings.minVixShift(scenario.market().vixSpot())) + ")");
        }
        checkHedgeLayer(scenario);
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay()
                .withVixShift(vixShift).withHedgeLayer(hedgeLayer);
        return at == null ? settings : settings.withShiftDays(shiftDays(scenario.valuationTime().toLocalDate()));
    }

    /** Days from the valuation date to {@code --at}, within what the engine time-shifts. */
    private long shiftDays(LocalDate valuationDate) {
        if (at.isBefore(valuationDate)) {
            throw new ValidationException("--at", at + " is before the valuation date " + valuationDate);
        }
        long days = ChronoUnit.DAYS.between(valuationDate, at);
        if (days > AnalysisSettings.MAX_SHIFT_DAYS) {
            throw new ValidationException("--at", at + " is more than " + Check.format(AnalysisSettings.MAX_SHIFT_DAYS)
                    + " days after the valuation date " + valuationDate);
        }
        return days;
    }

    @Override
    public Integer call() throws Exception {
        Scenario read = ScenarioJson.read(file);
        Scenario scenario = volResponse == null ? read : read.withModel(read.model().withVolResponse(volResponse));
        AnalysisSettings settings = settings(scenario);
        Check.between("--max-cost-share", maxCostShare, 0, 100);
        Analysis analysis;
        MarketState market = MarketState.of(scenario);
        try {
            analysis = Analyzer.analyze(scenario, market, settings);
        } catch (PricingException e) {
            // The reader keeps every field inside the pricers' domain; should a combination still leave it, say which file.
            throw new ValidationException(file.toString(), "cannot be valued: " + e.getMessage());
        }
        List<LiquidityCost.LayerCost> liquidity = LiquidityCost.of(scenario, analysis, maxCostShare);
        if (lossBeyond != null) {
            Check.between("--loss-beyond", lossBeyond, 0, 1e12);
        }
        Optional<ProbabilityReport> probabilities = Probabilities.of(scenario, market, analysis,
                lossBeyond == null ? OptionalDouble.empty() : OptionalDouble.of(lossBeyond));
        CliJson.printJsonOrText(spec, json, () -> {
            ObjectNode report = ReportJson.of(scenario.name(), scenario.status(), analysis);
            report.set("liquidity", LiquidityReport.json(liquidity, maxCostShare));
            report.set("probabilities", ProbabilityOutput.json(probabilities));
            return report;
        }, () -> ReportText.of(scenario.name(), analysis) + System.lineSeparator()
                + ProbabilityOutput.text(probabilities) + System.lineSeparator()
                + LiquidityReport.text(liquidity, maxCostShare));
        return 0;
    }

    private void checkHedgeLayer(Scenario scenario) {
        if (hedgeLayer < AnalysisSettings.LAST_HEDGE_LAYER) {
            throw new ValidationException("--hedge-layer", "must be a layer index (from 0), or -1 for the last hedge layer");
        }
        if (hedgeLayer >= scenario.layers().size()) {
            throw new ValidationException("--hedge-layer", "there is no layer " + hedgeLayer
                    + " (the scenario has " + scenario.layers().size() + ")");
        }
        if (hedgeLayer >= 0 && scenario.layers().get(hedgeLayer).role() != LayerRole.HEDGE) {
            String hedges = IntStream.range(0, scenario.layers().size())
                    .filter(i -> scenario.layers().get(i).role() == LayerRole.HEDGE)
                    .mapToObj(Integer::toString).collect(Collectors.joining(", "));
            throw new ValidationException("--hedge-layer", "layer " + hedgeLayer + " '"
                    + scenario.layers().get(hedgeLayer).name() + "' is a CORE layer: the vega-neutral solve sizes a "
                    + "HEDGE layer (" + (hedges.isEmpty() ? "this scenario has none" : "here: " + hedges) + ")");
        }
    }

    /** {@code parallel} or {@code proportional}, as the scenario file spells them. */
    static final class VolResponseConverter extends KeyedConverter<VolResponse> {
        VolResponseConverter() {
            super(VolResponse.values(), VolResponse::key, "a vol response");
        }
    }
}
