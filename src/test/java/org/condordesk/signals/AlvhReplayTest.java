package org.condordesk.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.Scenario;
import org.condordesk.store.HistoryCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The default rules on the real history: the stress days docs/signals.md promises, no look-ahead, the statistics. */
class AlvhReplayTest {

    private static MarketHistory history;
    private static SignalSeries series;
    private static final AlvhRules DEFAULTS = new AlvhRules(AlvhRuleSet.defaults());

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("samples", "history");
        history = MarketHistory.of(HistoryCsv.read(dir.resolve("SPX_History.csv"), "SPX"),
                Optional.of(HistoryCsv.read(dir.resolve("VIX_History.csv"), "VIX")),
                Optional.of(HistoryCsv.read(dir.resolve("VIX3M_History.csv"), "VIX3M")), Optional.empty());
        series = SignalSeries.compute(history);
    }

    @Test
    void defaultRulesAskForTwiceTheBaseOnTheThreeStressDays() {
        // docs/signals.md: on each stress day VIX closed above VIX3M (backwardation), so the risk-off rule fires.
        for (LocalDate stress : List.of(LocalDate.of(2018, 2, 5), LocalDate.of(2020, 3, 16), LocalDate.of(2024, 8, 5))) {
            int day = history.indexOnOrBefore(stress);
            assertThat(series.date(day)).isEqualTo(stress);
            AlvhDecision decision = DEFAULTS.evaluate(series, day);
            assertThat(decision.size()).as("size on %s", stress).isEqualTo(2.0);
            assertThat(decision.fired()).extracting(AlvhDecision.RuleOutcome::name).contains("Risk-off: twice the base size");
            assertThat(series.value(AlvhSignal.VIX_TERM_RATIO, day)).as("VIX/VIX3M on %s", stress).isGreaterThan(1.0);
        }
    }

    @Test
    void evaluationExplainsEveryConditionWithItsReading() {
        int day = history.indexOnOrBefore(LocalDate.of(2020, 3, 16));
        AlvhDecision decision = DEFAULTS.evaluate(series, day);
        AlvhDecision.RuleOutcome riskOff = decision.rules().get(2);
        // VIX 82.69 (README) over VIX3M that day, read independently from the series inputs.
        double ratio = 82.69 / series.value(AlvhSignal.VIX3M, day);
        assertThat(riskOff.conditions().get(1).reading()).isCloseTo(ratio, within(1e-12));
        assertThat(riskOff.conditions().get(1).describe()).startsWith("VIX_TERM_RATIO > 1: ").endsWith("(holds)");
        assertThat(decision.fallback()).isFalse();
    }

    static Stream<Integer> cutDays() {
        SplittableRandom random = new SplittableRandom(19);
        return Stream.concat(Stream.of(300, 5000), IntStream.range(0, 6).mapToObj(i -> 400 + random.nextInt(8700)));
    }

    @ParameterizedTest
    @MethodSource("cutDays")
    void noLookAheadCuttingTheHistoryAfterDayDChangesNoDecisionUpToD(int cut) {
        SignalSeries truncated = SignalSeries.compute(history.upTo(cut));
        Replay.Result full = Replay.run(DEFAULTS, series, 0, cut, s -> { }, () -> false);
        Replay.Result partial = Replay.run(DEFAULTS, truncated);
        assertThat(partial.sizes()).containsExactly(full.sizes());
        for (AlvhSignal signal : AlvhSignal.values()) {
            for (int day = 0; day <= cut; day++) {
                double a = series.value(signal, day);
                double b = truncated.value(signal, day);
                assertThat(Double.doubleToLongBits(b)).as("%s on day %d of a history cut at %d", signal, day, cut)
                        .isEqualTo(Double.doubleToLongBits(a));
            }
        }
    }

    @Test
    void largestFiredSizeWinsAndNoRuleFiringGivesTheFallback() {
        AlvhRuleSet set = new AlvhRuleSet("", AlvhRuleSet.SizeUnit.CONTRACTS, 3, List.of(
                new AlvhRule("small", AlvhRule.Combine.ALL, List.of(AlvhCondition.above(AlvhSignal.SPX, 0)), 1),
                new AlvhRule("big", AlvhRule.Combine.ANY, List.of(AlvhCondition.above(AlvhSignal.VIX, 1000),
                        AlvhCondition.below(AlvhSignal.VIX, 20)), 5),
                new AlvhRule("never", AlvhRule.Combine.ALL, List.of(AlvhCondition.above(AlvhSignal.SPX, 1e9)), 9)));
        AlvhRules rules = new AlvhRules(set);
        int calm = history.indexOnOrBefore(LocalDate.of(2017, 6, 1)); // VIX about 10: "big" fires by its OR branch
        int stress = history.indexOnOrBefore(LocalDate.of(2020, 3, 16)); // VIX 82.69: only "small"
        assertThat(series.value(AlvhSignal.VIX, calm)).isLessThan(20);
        assertThat(rules.sizeAt(series, calm)).isEqualTo(5);
        assertThat(rules.sizeAt(series, stress)).isEqualTo(1);
        AlvhRuleSet none = set.withRules(List.of(set.rules().get(2)));
        assertThat(new AlvhRules(none).evaluate(series, calm).fallback()).isTrue();
        assertThat(new AlvhRules(none).sizeAt(series, calm)).isEqualTo(3);
    }

    @Test
    void missingReadingNeverHolds() {
        int before2009 = history.indexOnOrBefore(LocalDate.of(2005, 6, 1));
        AlvhRuleSet set = new AlvhRuleSet("", AlvhRuleSet.SizeUnit.BASE_MULTIPLE, 1, List.of(
                new AlvhRule("no VIX3M yet", AlvhRule.Combine.ANY, List.of(AlvhCondition.below(AlvhSignal.VIX_TERM_RATIO, 100),
                        AlvhCondition.above(AlvhSignal.VIX_TERM_RATIO, -100)), 4)));
        assertThat(new AlvhRules(set).sizeAt(series, before2009)).isEqualTo(1);
    }

    @Test
    void statisticsCountLevelsChangesAndSpikesAsDefined() {
        Replay.Result replay = Replay.run(DEFAULTS, series);
        ReplayStatistics stats = ReplayStatistics.of(replay);
        double[] sizes = replay.sizes();
        long changes = IntStream.range(1, sizes.length).filter(i -> sizes[i] != sizes[i - 1]).count();
        assertThat(stats.changes()).isEqualTo((int) changes);
        assertThat(stats.shareAtLevel().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(stats.spikesLed() + stats.spikesSameDay() + stats.spikesLagged() + stats.spikesMissed())
                .isEqualTo(stats.spikes().size());
        // From samples/history/VIX_History.csv: 2020-01-27 closed 18.23, 1.507× the low of the 20 trading days before it
        // (12.10 on 2020-01-17); the February–March surge follows within 20 trading days, so it is the same event.
        assertThat(stats.spikes()).extracting(ReplayStatistics.Spike::date).contains(LocalDate.of(2020, 1, 27))
                .doesNotContain(LocalDate.of(2020, 2, 24));
        for (ReplayStatistics.Spike spike : stats.spikes()) {
            assertThat(spike.vix()).isGreaterThanOrEqualTo(1.5 * spike.vixLow());
        }
    }

    @Test
    void applySetsTheTargetLayerFromTheOutput() {
        Scenario hedged = Fixtures.hedged();
        int target = HedgeSizing.targetLayer(hedged);
        assertThat(hedged.layers().get(target).role()).isEqualTo(org.condordesk.model.LayerRole.HEDGE);
        Scenario doubled = HedgeSizing.apply(hedged, 2);
        assertThat(doubled.layers().get(target).sizeMultiplier()).isEqualTo(2);
        Scenario contracts = HedgeSizing.apply(hedged.withAlvh(AlvhRuleSet.defaults().withUnit(AlvhRuleSet.SizeUnit.CONTRACTS)
                .withRules(List.of())), 6);
        int firstLegQuantity = Math.abs(hedged.layers().get(target).legs().get(0).quantity());
        assertThat(contracts.layers().get(target).sizeMultiplier()).isEqualTo(6.0 / firstLegQuantity);
    }
}
