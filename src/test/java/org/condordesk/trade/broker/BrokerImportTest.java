package org.condordesk.trade.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.condordesk.model.Instrument;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every importer on its sample in samples/fills: the five files describe the same eight executions, each written
 * in its broker's documented layout (docs/formats.md), so each importer must produce exactly the hand-written list
 * below, and the same position.
 */
class BrokerImportTest {

    static final Path SAMPLES = Path.of("samples", "fills");
    private static final LocalDateTime OPEN = LocalDateTime.of(2026, 11, 23, 10, 15);
    private static final LocalDate DEC_9 = LocalDate.of(2026, 12, 9);
    private static final LocalDate JAN_20 = LocalDate.of(2027, 1, 20);

    private record Expected(LocalDateTime time, Instrument instrument, int quantity, double price, double fees) {
    }

    /** The executions: a 10-lot condor, a 10-lot VIX call spread, 2 VX, and 4 of the short put bought back. */
    private static final List<Expected> EXECUTIONS = List.of(
            new Expected(OPEN, spx(OptionRight.PUT, 7275), 10, 15.90, 6.50),
            new Expected(OPEN, spx(OptionRight.PUT, 7350), -10, 21.40, 6.50),
            new Expected(OPEN, spx(OptionRight.CALL, 7800), -10, 12.30, 6.50),
            new Expected(OPEN, spx(OptionRight.CALL, 7875), 10, 4.50, 6.50),
            new Expected(OPEN.plusMinutes(5), new VixOption(OptionRight.CALL, 20, JAN_20), 10, 2.60, 6.50),
            new Expected(OPEN.plusMinutes(5), new VixOption(OptionRight.CALL, 25, JAN_20), -10, 1.25, 6.50),
            new Expected(OPEN.plusMinutes(10), new VixFuture(JAN_20), 2, 18.50, 4.20),
            new Expected(LocalDateTime.of(2026, 11, 24, 14, 5), spx(OptionRight.PUT, 7350), 4, 12.00, 2.60));

    private static SpxOption spx(OptionRight right, double strike) {
        return new SpxOption(right, strike, DEC_9, Settlement.PM);
    }

    static Path sample(Broker broker) {
        return SAMPLES.resolve(switch (broker) {
            case IBKR -> "ibkr-activity.csv";
            case TOS -> "tos-account-statement.csv";
            case TASTY -> "tasty-transactions.csv";
            case GENERIC -> "generic-fills.csv";
        });
    }

    @ParameterizedTest
    @EnumSource(Broker.class)
    void eachSampleGivesTheSameEightFills(Broker broker) throws IOException {
        check(broker.read(sample(broker)));
    }

    @Test
    void theFlexQuerySampleGivesTheSameFills() throws IOException {
        check(Broker.IBKR.read(SAMPLES.resolve("ibkr-flex.csv")));
    }

    private static void check(BrokerRows rows) {
        List<BrokerFill> fills = rows.fills().stream()
                .sorted(Comparator.comparing(BrokerFill::time).thenComparing(f -> f.instrument().label())).toList();
        List<Expected> expected = EXECUTIONS.stream()
                .sorted(Comparator.comparing(Expected::time).thenComparing(e -> e.instrument().label())).toList();
        assertThat(fills).hasSameSizeAs(expected);
        for (int i = 0; i < fills.size(); i++) {
            BrokerFill fill = fills.get(i);
            Expected want = expected.get(i);
            assertThat(fill.time()).as(rows.source() + " fill " + i).isEqualTo(want.time());
            assertThat(fill.instrument()).as(rows.source() + " fill " + i).isEqualTo(want.instrument());
            assertThat(fill.quantity()).as(rows.source() + " fill " + i).isEqualTo(want.quantity());
            assertThat(fill.price()).as(rows.source() + " fill " + i).isCloseTo(want.price(), within(1e-9));
            assertThat(fill.fees()).as(rows.source() + " fill " + i).isCloseTo(want.fees(), within(1e-9));
        }
    }

    @Test
    void theFillsGroupIntoTheCondorTheSpreadAndTheFuturesAndBuildALivePosition() throws IOException {
        FillImport.Proposal proposal = FillImport.propose(Broker.GENERIC.read(sample(Broker.GENERIC)));
        assertThat(proposal.layers()).extracting(FillImport.ProposedLayer::name)
                .containsExactly("SPX 2026-12-09 iron condor", "VIX 2027-01-20 call spread", "VIX futures");
        assertThat(proposal.layers()).extracting(FillImport.ProposedLayer::role)
                .containsExactly(LayerRole.CORE, LayerRole.HEDGE, LayerRole.HEDGE);
        Scenario base = ScenarioJson.read(Path.of("samples", "condor-vix-hedge.json"));
        FillImport.Imported imported = FillImport.build(proposal, base, "Imported", base.valuationTime());
        assertThat(imported.leftOut()).isEmpty();
        Scenario live = imported.scenario();
        assertThat(live.isLive()).isTrue();
        Leg shortPut = live.layers().get(0).legs().get(1);
        assertThat(shortPut.quantity()).isEqualTo(-6);
        assertThat(shortPut.entryPrice()).isEqualTo(21.40);
        // Realised on the 4 bought back: (21.40 − 12.00)·4·100 − 4·0.65 (their share of the sale's fees) − 2.60 = 3 754.80,
        // the Realized P/L the Activity Statement sample reports for that row.
        assertThat(shortPut.ledger().realizedPnl()).isCloseTo(3754.80, within(1e-9));
        assertThat(Analyzer.analyze(live).realizedPnl()).isCloseTo(3754.80, within(1e-9));
        // The file round-trips through the scenario format.
        assertThat(ScenarioJson.parse(ScenarioJson.write(live))).isEqualTo(live);
    }

    @Test
    void legsCanBeRegroupedAndLayersRenamedBeforeBuilding() throws IOException {
        FillImport.Proposal proposal = FillImport.propose(Broker.GENERIC.read(sample(Broker.GENERIC)));
        FillImport.Proposal moved = proposal.withLegMoved(2, 0, 1).withLayerName(1, "Hedges");
        assertThat(moved.layers()).hasSize(2);
        assertThat(moved.layers().get(1).name()).isEqualTo("Hedges");
        assertThat(moved.layers().get(1).legs()).hasSize(3);
        FillImport.Proposal split = proposal.withLegMoved(0, 3, 3);
        assertThat(split.layers()).hasSize(4);
        assertThat(split.layers().get(3).legs()).extracting(l -> l.instrument().label()).containsExactly("SPX 2026-12-09 PM 7875 CALL");
    }

    @Test
    void aLegStillOpenAfterItsExpiryIsLeftOutWithItsLines() throws IOException {
        FillImport.Proposal proposal = FillImport.propose(Broker.GENERIC.read(sample(Broker.GENERIC)));
        Scenario base = ScenarioJson.read(Path.of("samples", "condor-vix-hedge.json"));
        FillImport.Imported imported = FillImport.build(proposal, base, "Later", LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(imported.leftOut()).containsExactly(
                "lines 2: SPX 2026-12-09 PM 7275 PUT is still open (10) after its expiry and the file has no closing row: "
                        + "close it at its settlement value by hand",
                "lines 3, 9: SPX 2026-12-09 PM 7350 PUT is still open (-6) after its expiry and the file has no closing row: "
                        + "close it at its settlement value by hand",
                "lines 4: SPX 2026-12-09 PM 7800 CALL is still open (-10) after its expiry and the file has no closing row: "
                        + "close it at its settlement value by hand",
                "lines 5: SPX 2026-12-09 PM 7875 CALL is still open (10) after its expiry and the file has no closing row: "
                        + "close it at its settlement value by hand");
        assertThat(imported.scenario().layers()).hasSize(2);
    }
}
