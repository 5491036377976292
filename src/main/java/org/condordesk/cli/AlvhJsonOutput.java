package org.condordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.signals.AlvhDecision;
import org.condordesk.signals.ReplayStatistics;

/** The JSON objects and the text of the {@code alvh} command (keys in docs/cli.md). */
final class AlvhJsonOutput {

    private AlvhJsonOutput() {
    }

    static Map<String, Object> decision(AlvhDecision decision) {
        Map<String, Object> out = CliJson.object();
        out.put("date", decision.date().toString());
        out.put("size", decision.size());
        out.put("unit", decision.unit().name());
        out.put("fallback", decision.fallback());
        List<Map<String, Object>> fired = new ArrayList<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (AlvhDecision.RuleOutcome rule : decision.rules()) {
            Map<String, Object> entry = CliJson.object();
            entry.put("name", rule.name());
            entry.put("fired", rule.fired());
            entry.put("size", rule.size());
            entry.put("conditions", rule.conditions().stream().map(c -> {
                Map<String, Object> condition = CliJson.object();
                condition.put("condition", c.condition());
                condition.put("reading", c.reading());
                condition.put("holds", c.held());
                return condition;
            }).toList());
            rules.add(entry);
            if (rule.fired()) {
                fired.add(entry);
            }
        }
        out.put("firedRules", fired.stream().map(r -> r.get("name")).toList());
        out.put("rules", rules);
        return out;
    }

    static Map<String, Object> statistics(ReplayStatistics stats) {
        Map<String, Object> out = CliJson.object();
        out.put("from", stats.from().toString());
        out.put("to", stats.to().toString());
        out.put("days", stats.days());
        List<Map<String, Object>> levels = new ArrayList<>();
        stats.shareAtLevel().forEach((size, share) -> {
            Map<String, Object> level = CliJson.object();
            level.put("size", size);
            level.put("shareOfDays", share);
            levels.add(level);
        });
        out.put("levels", levels);
        out.put("changes", stats.changes());
        out.put("changesPerYear", stats.changesPerYear());
        Map<String, Object> spikes = CliJson.object();
        spikes.put("count", stats.spikes().size());
        spikes.put("led", stats.spikesLed());
        spikes.put("sameDay", stats.spikesSameDay());
        spikes.put("lagged", stats.spikesLagged());
        spikes.put("missed", stats.spikesMissed());
        spikes.put("events", stats.spikes().stream().map(s -> {
            Map<String, Object> spike = CliJson.object();
            spike.put("date", s.date().toString());
            spike.put("vix", s.vix());
            spike.put("vixLow", s.vixLow());
            spike.put("sizeDayBefore", s.sizeDayBefore());
            spike.put("sizeOnDay", s.sizeOnDay());
            spike.put("growthOffsetDays", s.growthOffsetDays());
            return spike;
        }).toList());
        out.put("vixSpikes", spikes);
        return out;
    }

    static void printText(PrintWriter out, AlvhDecision today, ReplayStatistics stats, List<?> stressDays) {
        out.printf(Locale.ROOT, "ALVH output on %s: %s %s%s%n", today.date(), fmt(today.size()), today.unit(),
                today.fallback() ? " (no rule fired: fallback)" : "");
        for (AlvhDecision.RuleOutcome rule : today.rules()) {
            out.printf(Locale.ROOT, "  %s %s -> %s%n", rule.fired() ? "[fired]" : "[ -   ]", rule.name(), fmt(rule.size()));
            rule.conditions().forEach(c -> out.println("      " + c.describe()));
        }
        out.printf(Locale.ROOT, "Replay %s to %s, %d trading days%n", stats.from(), stats.to(), stats.days());
        stats.shareAtLevel().forEach((size, share) -> out.printf(Locale.ROOT, "  at %s: %.1f %% of days%n", fmt(size), 100 * share));
        out.printf(Locale.ROOT, "  level changes: %d (%.1f a year)%n", stats.changes(), stats.changesPerYear());
        out.printf(Locale.ROOT, "  VIX spikes (+%.0f %% over the %d-day low): %d; layer grew before %d, same day %d, after %d, not within %d days %d%n",
                100 * (ReplayStatistics.SPIKE_RISE - 1), ReplayStatistics.SPIKE_WINDOW, stats.spikes().size(), stats.spikesLed(),
                stats.spikesSameDay(), stats.spikesLagged(), ReplayStatistics.SPIKE_WINDOW, stats.spikesMissed());
        for (Object day : stressDays) {
            Map<?, ?> decision = (Map<?, ?>) day;
            out.printf(Locale.ROOT, "Stress day %s: %s (fired: %s)%n", decision.get("date"), fmt((Double) decision.get("size")),
                    decision.get("firedRules"));
        }
        out.flush();
    }

    private static String fmt(double value) {
        return CliJson.plain(value);
    }
}
