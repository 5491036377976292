package org.condordesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.Closing;
import org.condordesk.trade.TradeResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code close FILE.json --layer N [--leg M] --price P|--at-mid|--at-model|--at-bid-ask --date D [--chain FILE] --out OUT.json}. */
@Command(name = "close", description = {"Close a leg, or every open leg of a layer, of a live position: one fill each, "
        + "matched first in first out, its P&L realised and kept in the position.",
        "Layers and legs count from 1, as in the GUI. Prints the fills, the cash and the realised P&L."})
final class CloseCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "A live scenario (mark a plan live first).")
    Path file;

    @Mixin
    TradeOptions.LayerChoice layer;

    @Option(names = "--leg", paramLabel = "M", description = "The leg, from 1; all open legs of the layer when left out.")
    Integer leg;

    @Option(names = "--quantity", paramLabel = "Q", description = "Close only Q contracts of the leg (with --leg; "
            + "the oldest lots first). Default: all of it.")
    Integer quantity;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TradeOptions.Pricing pricing;

    @Option(names = "--date", paramLabel = "D", required = true,
            description = "The fills' date (YYYY-MM-DD, at the scenario's clock time) or date-time, New York.")
    String date;

    @Mixin
    TradeOptions.Output output;

    @Mixin
    TradeChains chains;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioJson.read(file);
        OptionalInt legIndex = leg == null ? OptionalInt.empty() : OptionalInt.of(TradeOptions.index(leg, "--leg"));
        if (quantity != null && legIndex.isEmpty()) {
            throw new org.condordesk.model.ValidationException("--quantity", "closes part of one leg: add --leg M");
        }
        List<TradeChains.Read> read = chains.read();
        ChainQuotes quotes = TradeChains.quotes(read);
        TradeResult result = quantity == null
                ? Closing.close(scenario, layer.index(), legIndex, pricing.toPrice(),
                        TradeOptions.time(date, scenario, "--date"), quotes)
                : Closing.closePart(scenario, layer.index(), legIndex.getAsInt(), quantity,
                        pricing.toPrice(), TradeOptions.time(date, scenario, "--date"), quotes);
        TradeOutput.save(result.scenario(), output);
        if (json) {
            CliJson.print(spec.commandLine().getOut(), TradeOutput.json(result, output.out, read));
        } else {
            String what = "closed layer " + layer.oneBased + " '" + scenario.layers().get(layer.index()).name() + "'"
                    + (leg == null ? "" : " leg " + leg) + " " + pricing.toPrice().describe();
            TradeOutput.text(spec.commandLine().getOut(), what, result, output.out, read);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
