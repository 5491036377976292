package org.condordesk.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.Lifecycle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mark-live FILE.json [--date D] --out OUT.json}: a plan becomes a live position, one opening fill per leg. */
@Command(name = "mark-live", description = {"Mark a plan live: every leg becomes one opening fill at its entry price "
        + "(layers at a what-if size must be at whole contracts first)."})
final class MarkLiveCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "A plan.")
    Path file;

    @Option(names = "--date", paramLabel = "D", description = "When it was traded (default: the valuation time).")
    String date;

    @Mixin
    TradeOptions.Output output;

    @Override
    public Integer call() throws Exception {
        Scenario plan = ScenarioJson.read(file);
        LocalDateTime time = TradeOptions.time(date, plan, "--date");
        Scenario live = Lifecycle.markLive(plan, time);
        TradeOutput.save(live, output);
        long legs = live.layers().stream().mapToLong(l -> l.legs().size()).sum();
        spec.commandLine().getOut().println("marked live: " + legs + " legs, one opening fill each at "
                + time.toString().replace('T', ' ') + "; wrote " + output.out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
