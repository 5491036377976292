package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.market.VixCalendar;
import org.condordesk.market.VxDailySettle;
import org.condordesk.model.Instrument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backtest against a VX store: a store whose settlements are the model's own proxy prices must reproduce the
 * model-only run to the cent, and one planted settlement must change exactly the trade that filled at it, by the
 * planted difference × 1000 × its contracts.
 */
class RealDataBacktestTest {

    private static final BacktestConfig.Variant NONE = new BacktestConfig.Variant("No hedge", BacktestConfig.HedgeKind.NONE,
            BacktestConfig.Hedge.defaults(), BacktestConfig.Sizing.defaults());
    private static final BacktestConfig.Variant FIXED_VX = new BacktestConfig.Variant("Fixed VX",
            BacktestConfig.HedgeKind.FIXED, new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 60, 0, 10),
            BacktestConfig.Sizing.defaults());
    private static final BacktestConfig CONFIG = BacktestConfig.defaults().withVariants(List.of(NONE, FIXED_VX))
            .withFrom(Optional.empty()).withTo(Optional.of(LocalDate.of(2020, 6, 30)))
            .withFrom(Optional.of(LocalDate.of(2019, 11, 1)));
    private static BacktestMarket model;
    private static BacktestResult modelRun;

    @BeforeAll
    static void modelOnly() throws IOException {
        model = HistoryFiles.bundled(Path.of("samples/history")).load(CONFIG.model());
        modelRun = Backtest.run(CONFIG, model);
    }

    /** Every monthly VX contract's settlement on every day, at the model's own price (the SOQ proxy on its expiry day). */
    private static List<VxDailySettle> modelsOwnSettlements() {
        List<VxDailySettle> settles = new ArrayList<>();
        for (int d = 0; d < model.size(); d++) {
            LocalDate day = model.date(d);
            if (day.isBefore(LocalDate.of(2019, 9, 1)) || day.isAfter(LocalDate.of(2020, 7, 31)) || !model.hedgeable(d)) {
                continue;
            }
            for (LocalDate expiry : VixCalendar.upcoming(day, 9)) {
                long seconds = Instrument.vixSettlement(expiry).toEpochSecond();
                double price = expiry.equals(day) ? model.vixOpen(d) : model.vixFuture(d, seconds);
                settles.add(new VxDailySettle("VX/" + expiry, expiry, day, price));
            }
        }
        return settles;
    }

    @Test
    void aStoreOfTheModelsOwnPricesReproducesTheModelRunToTheCent() {
        BacktestMarket real = model.withRealData(StoredMarketData.of(modelsOwnSettlements(), Map.of(),
                StoredMarketData.Chains.NONE));
        BacktestResult realRun = Backtest.run(CONFIG, real);
        for (int v = 0; v < 2; v++) {
            VariantResult a = modelRun.variants().get(v);
            VariantResult b = realRun.variants().get(v);
            assertThat(b.cumulativePnl()).containsExactly(a.cumulativePnl(), within(0.005));
            assertThat(b.trades()).hasSameSizeAs(a.trades());
            for (int t = 0; t < a.trades().size(); t++) {
                assertThat(b.trades().get(t).pnl()).isCloseTo(a.trades().get(t).pnl(), within(0.005));
            }
        }
        DataCoverage hedged = realRun.variants().get(1).dataCoverage();
        DataCoverage modelled = modelRun.variants().get(1).dataCoverage();
        int trades = modelRun.variants().get(1).trades().size();
        // Per trade: 4 condor legs + 1 VX leg enter; model-only, only SPX settlements (the official PM close) are real.
        assertThat(modelled.entriesReal()).isZero();
        assertThat(modelled.entriesModel()).isEqualTo(5 * trades);
        assertThat(hedged.entriesReal()).isEqualTo(trades);
        assertThat(hedged.entriesModel()).isEqualTo(4 * trades);
        assertThat(hedged.marksReal()).isPositive();
        assertThat(hedged.marksReal() + hedged.marksModel()).isEqualTo(modelled.marksReal() + modelled.marksModel());
        assertThat(realRun.variants().get(0).dataCoverage()).isEqualTo(modelRun.variants().get(0).dataCoverage());
    }

    @Test
    void onePlantedSettlementChangesExactlyTheTradeThatFilledAtIt() {
        VariantResult fixed = modelRun.variants().get(1);
        TradeRecord target = null;
        LocalDate hedgeExpiry = null;
        for (TradeRecord trade : fixed.trades()) {
            LocalDate expiry = EntryPlanner.hedgeExpiry(trade.entryDate(), trade.expiry(), 60);
            boolean alone = fixed.trades().stream().noneMatch(other -> other != trade
                    && other.exitDate().equals(Optional.of(trade.entryDate()))
                    && EntryPlanner.hedgeExpiry(other.entryDate(), other.expiry(), 60).equals(expiry));
            if (alone && trade.hedge1Contracts() > 0 && trade.entryDate().isAfter(LocalDate.of(2020, 1, 1))) {
                target = trade;
                hedgeExpiry = expiry;
                break;
            }
        }
        assertThat(target).isNotNull();
        List<VxDailySettle> settles = new ArrayList<>();
        for (VxDailySettle settle : modelsOwnSettlements()) {
            boolean planted = settle.day().equals(target.entryDate()) && settle.expiry().equals(hedgeExpiry);
            settles.add(planted ? new VxDailySettle(settle.contract(), settle.expiry(), settle.day(),
                    settle.settlePoints() + 1.0) : settle);
        }
        BacktestResult planted = Backtest.run(CONFIG, model.withRealData(StoredMarketData.of(settles, Map.of(),
                StoredMarketData.Chains.NONE)));
        List<TradeRecord> after = planted.variants().get(1).trades();
        for (int t = 0; t < fixed.trades().size(); t++) {
            TradeRecord before = fixed.trades().get(t);
            // Bought 1 point dearer: that trade's VX layer loses 1.0 × $1,000 × its contracts; every other trade is unchanged.
            double expected = before.id() == target.id() ? before.pnl() - 1000.0 * target.hedge1Contracts() : before.pnl();
            assertThat(after.get(t).pnl()).as("trade %d", before.id()).isCloseTo(expected, within(0.005));
        }
        assertThat(planted.variants().get(0).cumulativePnl())
                .containsExactly(modelRun.variants().get(0).cumulativePnl(), within(1e-9));
    }

    @Test
    void theProxyReportMeasuresThePlantedGapByTenorAndYear() {
        // Real settlements 1.0 point below the proxy at every tenor (the issue measured the proxy ~1.1 above at 60 days).
        List<VxDailySettle> settles = new ArrayList<>();
        for (VxDailySettle settle : modelsOwnSettlements()) {
            if (settle.expiry().isAfter(settle.day()) && settle.settlePoints() > 2) {
                settles.add(new VxDailySettle(settle.contract(), settle.expiry(), settle.day(), settle.settlePoints() - 1.0));
            }
        }
        ProxyReport.Report report = ProxyReport.of(model, settles);
        assertThat(report.compared()).isEqualTo(settles.size());
        assertThat(report.byYear()).extracting(ProxyReport.Errors::group).containsExactly("2019", "2020");
        for (ProxyReport.Errors errors : report.byTenor()) {
            assertThat(errors.medianPoints()).isCloseTo(1.0, within(1e-9));
            assertThat(errors.meanPoints()).isCloseTo(1.0, within(1e-9));
            assertThat(errors.shareProxyAbove()).isEqualTo(1.0);
        }
        assertThat(report.byTenor()).extracting(ProxyReport.Errors::group).contains("030-060 days", "060-090 days", "120+ days");
    }

    @Test
    void vvixSetsTheVixOptionsVolOfVolWhereItCoversTheDay() {
        int d = model.indexOnOrBefore(LocalDate.of(2020, 3, 16));
        List<org.condordesk.market.DailyBar> bars = List.of(
                new org.condordesk.market.DailyBar(model.date(d), 150, 210, 140, 207.59));
        BacktestMarket withVvix = model.withRealData(StoredMarketData.of(List.of(),
                Map.of("VVIX", new org.condordesk.market.DailySeries("VVIX", bars)), StoredMarketData.Chains.NONE));
        // VVIX is the 30-day implied vol of VIX options in percent: 207.59 → 2.0759 on that day only.
        assertThat(withVvix.volOfVol(d)).isEqualTo(2.0759);
        assertThat(withVvix.volOfVol(d - 1)).isEqualTo(model.volOfVol(d - 1));
        assertThat(model.volOfVol(d)).isNotEqualTo(2.0759);
    }
}
