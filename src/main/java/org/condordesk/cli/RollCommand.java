package org.condordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.Greeks;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.Rolling;
import org.condordesk.trade.TradeResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roll FILE.json --layer N --to-expiry DATE --out OUT.json}: close the front legs, open them at a later expiry. */
@Command(name = "roll", description = {"Roll a layer of a live position: its front legs (the earliest expiry) are "
        + "closed and the same structure opened at --to-expiry, strikes by --mode.",
        "Prints the fills, the roll's net cash and the layer's and the position's greeks before and after."})
final class RollCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "A live scenario.")
    Path file;

    @Mixin
    TradeOptions.LayerChoice layer;

    @Option(names = "--to-expiry", paramLabel = "DATE", required = true, description = "The new expiry (YYYY-MM-DD).")
    LocalDate toExpiry;

    @Option(names = "--mode", paramLabel = "same-strikes|same-deltas|same-width", defaultValue = "same-strikes",
            description = "How the new strikes are picked (default same-strikes).")
    String mode;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TradeOptions.Pricing pricing;

    @Option(names = "--date", paramLabel = "D", description = "The fills' date or date-time (default: the valuation time).")
    String date;

    @Mixin
    TradeOptions.Output output;

    @Mixin
    TradeChains chains;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Scenario before = ScenarioJson.read(file);
        int index = layer.index();
        java.time.LocalDateTime time = TradeOptions.time(date, before, "--date");
        List<TradeChains.Read> read = chains.read();
        TradeResult result = Rolling.roll(before, index, toExpiry, mode(mode),
                pricing == null ? org.condordesk.trade.TradePrice.mid() : pricing.toPrice(), time,
                TradeChains.quotes(read));
        TradeOutput.save(result.scenario(), output);
        // Before and after at the roll's instant (issue 25 §3), not at the valuation time.
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay()
                .withShiftDays(TradeOptions.clockDaysTo(before, time));
        Analysis was = Analyzer.analyze(before, org.condordesk.market.MarketState.of(before), settings);
        Analysis now = Analyzer.analyze(result.scenario(), org.condordesk.market.MarketState.of(result.scenario()), settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = TradeOutput.json(result, output.out, read);
            root.put("layerBefore", TradeOutput.greeks(was.layers().get(index).greeks()));
            root.put("layerAfter", TradeOutput.greeks(now.layers().get(index).greeks()));
            root.put("positionBefore", TradeOutput.greeks(was.position()));
            root.put("positionAfter", TradeOutput.greeks(now.position()));
            CliJson.print(out, root);
        } else {
            TradeOutput.text(out, "rolled layer " + layer.oneBased + " '" + before.layers().get(index).name() + "' to " + toExpiry
                    + " (" + mode + ")", result, output.out, read);
            out.print(sideBySide(was.layers().get(index).greeks(), now.layers().get(index).greeks(),
                    was.position(), now.position()));
        }
        out.flush();
        return 0;
    }

    static RollMode mode(String text) {
        try {
            return RollMode.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("--mode", "'" + text + "' is not same-strikes, same-deltas or same-width");
        }
    }

    private static String sideBySide(Greeks layerBefore, Greeks layerAfter, Greeks positionBefore, Greeks positionAfter) {
        TextTable table = new TextTable("", "layer before", "layer after", "position before", "position after");
        table.row("value $", layerBefore.value(), layerAfter.value(), positionBefore.value(), positionAfter.value());
        table.row("P&L $", layerBefore.pnl(), layerAfter.pnl(), positionBefore.pnl(), positionAfter.pnl());
        table.row("SPX delta $/pt", layerBefore.spxDelta(), layerAfter.spxDelta(), positionBefore.spxDelta(),
                positionAfter.spxDelta());
        table.row("theta $/day", layerBefore.thetaPerDay(), layerAfter.thetaPerDay(), positionBefore.thetaPerDay(),
                positionAfter.thetaPerDay());
        table.row("SPX vega $/vol", layerBefore.spxVega(), layerAfter.spxVega(), positionBefore.spxVega(),
                positionAfter.spxVega());
        table.row("VIX vega $/VIX pt", layerBefore.vixVega(), layerAfter.vixVega(), positionBefore.vixVega(),
                positionAfter.vixVega());
        return table.render("  ");
    }
}
