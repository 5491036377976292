package org.condordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.capital.HistoricalShocks;
import org.condordesk.model.Scenario;
import org.condordesk.signals.AlvhDecision;
import org.condordesk.signals.AlvhRules;
import org.condordesk.signals.Replay;
import org.condordesk.signals.ReplayStatistics;
import org.condordesk.signals.SignalSeries;
import org.condordesk.store.json.ScenarioJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code alvh --scenario F --history SPX --vix VIX}: the rules' output on the last day, why, and the replay statistics. */
@Command(name = "alvh",
        description = "The adaptive hedge layer: the scenario's ALVH rules evaluated walk-forward over the history; "
                + "prints the last day's output with the rules that fired, and the replay statistics (docs/signals.md).")
final class AlvhCommand implements Callable<Integer> {


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE.json", description = "Scenario holding the rules (alvh).")
    Path scenarioFile;

    @Option(names = "--history", required = true, paramLabel = "SPX.csv", description = "SPX daily history.")
    Path history;

    @Option(names = "--vix", required = true, paramLabel = "VIX.csv", description = "VIX daily history.")
    Path vix;

    @Option(names = "--vix3m", paramLabel = "VIX3M.csv", description = "VIX3M daily history.")
    Path vix3m;

    @Option(names = "--ad", paramLabel = "AD.csv", description = "Advance–Decline CSV.")
    Path ad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the replay (default: the history's first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the replay and the day reported (default: the last).")
    LocalDate to;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioJson.read(scenarioFile);
        SignalSeries series = SignalSeries.compute(HistoryInputs.read(history, vix, vix3m, ad));
        AlvhRules rules = new AlvhRules(scenario.alvh());
        int[] range = Replay.range(series, from, to);
        Replay.Result replay = Replay.run(rules, series, range[0], range[1], share -> { }, () -> false);
        ReplayStatistics statistics = ReplayStatistics.of(replay);
        AlvhDecision today = rules.evaluate(series, range[1]);
        Map<String, Object> out = CliJson.object();
        out.put("today", AlvhJsonOutput.decision(today));
        out.put("replay", AlvhJsonOutput.statistics(statistics));
        out.put("stressDays", HistoricalShocks.STRESS_DAYS.stream().filter(d -> !d.isBefore(replay.firstDate()) && !d.isAfter(replay.lastDate()))
                .map(d -> AlvhJsonOutput.decision(rules.evaluate(series, series.history().indexOnOrBefore(d)))).toList());
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            CliJson.print(writer, out);
        } else {
            AlvhJsonOutput.printText(writer, today, statistics, (List<?>) out.get("stressDays"));
        }
        return 0;
    }
}
