package org.condordesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.broker.Broker;
import org.condordesk.trade.broker.BrokerRows;
import org.condordesk.trade.broker.FillImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-fills BROKER FILE.csv --out OUT.json}: a live position from a broker's fills. */
@Command(name = "import-fills", description = {"Import fills from a broker CSV (BROKER: ibkr, tos, tasty, generic; "
        + "layouts in docs/formats.md) into a live position: legs by instrument, layers by product and expiry.",
        "Every row not imported is printed with its line number; the market comes from --market (default: the bundled "
        + "sample's), the valuation time from --at (default: the later of that market's and the last fill's)."})
final class ImportFillsCommand implements Callable<Integer> {

    static final String SAMPLE = "/samples/condor-vix-hedge.json";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BROKER", description = "ibkr, tos, tasty or generic.")
    String broker;

    @Parameters(index = "1", paramLabel = "FILE.csv", description = "The broker's export.")
    Path file;

    @Mixin
    TradeOptions.Output output;

    @Option(names = "--market", paramLabel = "SCENARIO.json",
            description = "Take the market, model and events of this scenario (its layers are not used).")
    Path market;

    @Option(names = "--name", paramLabel = "NAME", description = "The new scenario's name (default: the file's name).")
    String name;

    @Option(names = "--at", paramLabel = "D", description = "Value the position at this date or date-time, New York.")
    String at;

    @Option(names = "--strict", description = "Exit 2 when any row or leg was not imported.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        Broker source = Broker.of(broker);
        BrokerRows rows = source.read(file);
        FillImport.requireFills(rows);
        FillImport.Proposal proposal = FillImport.propose(rows);
        Scenario base = market == null ? sample() : ScenarioJson.read(market);
        LocalDateTime last = proposal.lastFill().orElseThrow();
        LocalDateTime time = at != null ? TradeOptions.time(at, base, "--at")
                : last.isAfter(base.valuationTime()) ? last : base.valuationTime();
        String scenarioName = name != null ? name : "Imported " + file.getFileName();
        FillImport.Imported imported = FillImport.build(proposal, base, scenarioName, time);
        boolean incomplete = !rows.unmapped().isEmpty() || !imported.leftOut().isEmpty();
        if (strict && incomplete) {
            // Everything is validated before anything is written: under --strict an incomplete import writes nothing.
            print(spec.commandLine().getOut(), proposal, imported, false);
            throw new ValidationException("--strict", (rows.unmapped().size() + imported.leftOut().size())
                    + " rows or legs not imported (listed above); " + output.out + " was not written");
        }
        TradeOutput.save(imported.scenario(), output, List.of(file));
        print(spec.commandLine().getOut(), proposal, imported, true);
        return 0;
    }

    private void print(PrintWriter out, FillImport.Proposal proposal, FillImport.Imported imported, boolean written) {
        Scenario live = imported.scenario();
        out.println("imported " + live.layers().stream().mapToLong(l -> l.legs().size()).sum() + " legs in "
                + live.layers().size() + " layers from " + file.getFileName() + ", valued at "
                + live.valuationTime().toString().replace('T', ' ') + (market == null
                ? " in the bundled sample's market (pass --market to value it in yours)" : " in " + market.getFileName()
                + "'s market"));
        for (int i = 0; i < live.layers().size(); i++) {
            out.println("  layer " + (i + 1) + " '" + live.layers().get(i).name() + "' (" + live.layers().get(i).role() + ")");
            live.layers().get(i).legs().forEach(leg -> out.printf("    %-32s open %+d  %d fills%n",
                    leg.instrument().label(), leg.quantity(), leg.fills().size()));
        }
        proposal.unmapped().forEach(row -> out.println("not imported: " + row));
        imported.leftOut().forEach(leg -> out.println("left out: " + leg));
        proposal.notes().forEach(note -> out.println("note: " + note));
        out.println("note: " + FillImport.VOL_NOTE);
        if (written) {
            out.println("wrote " + output.out);
        }
        out.flush();
    }

    private static Scenario sample() throws IOException {
        try (InputStream in = ImportFillsCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the build");
            }
            return ScenarioJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
