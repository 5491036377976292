package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.trade.TradeFixtures.NOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.condordesk.Fixtures;
import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.csv.ChainCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 31 §2: with the sample chain loaded (samples/chains/spx-quotedata-sample.csv, quoted 2026-11-25 10:00 New
 * York), rolls, closes, wing moves and plan entries price at the chain's quote for the exact contract and say so; a
 * contract the chain lacks is priced at the model and says so. Every expected price is read from the CSV row here
 * (its own split of the line, not the app's reader): mid = (bid + ask) / 2.
 */
class ChainPricingTest {

    private static final Path SAMPLE = Path.of("samples/chains/spx-quotedata-sample.csv");
    private static final LocalDate DEC_18 = LocalDate.of(2026, 12, 18);
    private static final String FROM_CHAIN = "from chain, quoted 10:00";
    private static ChainQuotes chain;

    @BeforeAll
    static void loadChain() throws IOException {
        chain = ChainQuotes.of(ChainCsv.read(SAMPLE).chain());
    }

    @Test
    void aRollAtMidClosesAndOpensAtTheChainsMids() {
        TradeResult roll = Rolling.roll(TradeFixtures.live(), 0, DEC_18, RollMode.SAME_STRIKES, TradePrice.mid(), NOW,
                chain);
        List<TradeFill> fills = roll.fills();
        assertThat(fills).hasSize(8);
        String[] closed = {"SPXW261209P07275000", "SPXW261209P07350000", "SPXW261209C07800000", "SPXW261209C07875000"};
        String[] opened = {"SPXW261218P07275000", "SPXW261218P07350000", "SPXW261218C07800000", "SPXW261218C07875000"};
        for (int i = 0; i < 4; i++) {
            assertThat(fills.get(i).fill().price()).as(closed[i]).isCloseTo(csvMid(closed[i]), within(1e-9));
            assertThat(fills.get(4 + i).fill().price()).as(opened[i]).isCloseTo(csvMid(opened[i]), within(1e-9));
        }
        assertThat(roll.notes()).contains("SPX 2026-12-18 PM 7350 PUT: " + FROM_CHAIN);
        // the new short put carries the chain's bid/ask from now on
        double[] row = csvRow("SPXW261218P07350000");
        assertThat(roll.scenario().layers().get(0).legs().get(5).quote()).contains(new Quote(row[0], row[1]));
    }

    @Test
    void aCloseAtMidFillsAtTheChainsMidAndAtBidAskOnTheExecutableSide() {
        Scenario live = TradeFixtures.live();
        TradeResult mid = Closing.close(live, 0, OptionalInt.empty(), TradePrice.mid(), NOW, chain);
        assertThat(mid.fills().get(1).fill().price()).isCloseTo(csvMid("SPXW261209P07350000"), within(1e-9));
        assertThat(mid.fills().get(2).fill().price()).isCloseTo(csvMid("SPXW261209C07800000"), within(1e-9));
        assertThat(mid.notes()).contains("SPX 2026-12-09 PM 7350 PUT: " + FROM_CHAIN);
        TradeResult executable = Closing.close(live, 0, OptionalInt.empty(), TradePrice.bidAsk(), NOW, chain);
        // closing the long 7275 put sells it at the bid; closing the short 7350 put buys it back at the ask
        assertThat(executable.fills().get(0).fill().price()).isEqualTo(csvRow("SPXW261209P07275000")[0]);
        assertThat(executable.fills().get(1).fill().price()).isEqualTo(csvRow("SPXW261209P07350000")[1]);
    }

    @Test
    void aRollToAnExpiryTheChainLacksUsesTheModelAndSaysSo() {
        // 2026-12-16 is not among the sample's expiries: the new legs have no quote in the chain
        TradeResult roll = Rolling.roll(TradeFixtures.live(), 0, LocalDate.of(2026, 12, 16), RollMode.SAME_STRIKES,
                TradePrice.mid(), NOW, chain);
        TradeResult model = Rolling.roll(TradeFixtures.live(), 0, LocalDate.of(2026, 12, 16), RollMode.SAME_STRIKES,
                TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        for (int i = 4; i < 8; i++) {
            assertThat(roll.fills().get(i).fill().price()).isCloseTo(model.fills().get(i).fill().price(), within(1e-12));
        }
        assertThat(roll.notes()).contains("SPX 2026-12-16 PM 7350 PUT: model (no quote in the chain)");
    }

    @Test
    void aWingMovedAtBidAskSellsTheNewShortAtTheBidAndBuysTheNewLongAtTheAsk() {
        TradeResult moved = Adjusting.moveWing(TradeFixtures.live(), 0, OptionRight.PUT, 7400, TradePrice.bidAsk(), NOW,
                chain);
        // the put wing 7275/7350 (width 75) moves to 7325/7400: fills 2 and 3 open the new short and long
        TradeFill newShort = moved.fills().get(2);
        TradeFill newLong = moved.fills().get(3);
        assertThat(newLong.fill().price()).isEqualTo(csvRow("SPXW261209P07325000")[1]);
        assertThat(newShort.fill().price()).isEqualTo(csvRow("SPXW261209P07400000")[0]);
        assertThat(moved.notes()).contains("SPX 2026-12-09 PM 7400 PUT: " + FROM_CHAIN);
    }

    @Test
    void aStrikeEditToAStrikeTheChainLacksUsesTheModelAndSaysSo() {
        Scenario plan = Fixtures.condorOnly();
        Leg put = plan.layers().get(0).legs().get(1);
        // the sample lists Dec 9 strikes every 5 points: 7353 is not one of them
        Scenario moved = plan.mapLayer(0, l -> l.withLeg(1, put.withInstrument(((SpxOption) put.instrument())
                .withStrike(7353)).withQuote(null)));
        PlanPricing.Repriced repriced = PlanPricing.repriceLeg(moved, 0, 1, chain);
        // second path: the engine's own price per unit of the edited leg (its P&L at the valuation time is then 0)
        double engine = Analyzer.analyze(repriced.scenario()).layers().get(0).legs().get(1).pricePerUnit();
        assertThat(repriced.scenario().layers().get(0).legs().get(1).entryPrice()).isCloseTo(engine, within(1e-9));
        assertThat(repriced.message()).startsWith("SPX 2026-12-09 PM 7353 PUT: entry re-priced model (no quote in the chain) ");
        Scenario listed = plan.mapLayer(0, l -> l.withLeg(1, put.withInstrument(((SpxOption) put.instrument())
                .withStrike(7355)).withQuote(null)));
        PlanPricing.Repriced atChain = PlanPricing.repriceLeg(listed, 0, 1, chain);
        assertThat(atChain.scenario().layers().get(0).legs().get(1).entryPrice())
                .isCloseTo(csvMid("SPXW261209P07355000"), within(1e-9));
        assertThat(atChain.message()).startsWith("SPX 2026-12-09 PM 7355 PUT: entry re-priced " + FROM_CHAIN);
    }

    @Test
    void resetEntriesToMarketRepricesThePlanFromTheChain() {
        PlanPricing.Repriced reset = PlanPricing.resetEntries(Fixtures.condorOnly(), chain);
        String[] contracts = {"SPXW261209P07275000", "SPXW261209P07350000", "SPXW261209C07800000", "SPXW261209C07875000"};
        for (int j = 0; j < 4; j++) {
            assertThat(reset.scenario().layers().get(0).legs().get(j).entryPrice()).as(contracts[j])
                    .isCloseTo(csvMid(contracts[j]), within(1e-9));
        }
        assertThat(reset.message()).isEqualTo("Entries reset to market: 4 " + FROM_CHAIN);
        // the VIX diagonal and the future are not in an SPX chain: the model, said so
        assertThat(PlanPricing.resetEntries(Fixtures.hedged(), chain).message())
                .isEqualTo("Entries reset to market: 4 " + FROM_CHAIN + "; 3 model (no quote in the chain)");
    }

    @Test
    void withoutAChainNothingChanges() {
        Scenario live = TradeFixtures.live();
        TradeResult plain = Closing.close(live, 0, OptionalInt.empty(), TradePrice.mid(), NOW, org.condordesk.market.ChainQuotes.none());
        TradeResult none = Closing.close(live, 0, OptionalInt.empty(), TradePrice.mid(), NOW, ChainQuotes.none());
        assertThat(none.fills()).isEqualTo(plain.fills());
        assertThat(none.notes()).isEqualTo(plain.notes());
    }

    /** {bid, ask} of a symbol, read from the Cboe CSV row: calls' bid/ask in columns 5–6, puts' in 16–17. */
    private static double[] csvRow(String symbol) {
        try {
            for (String line : Files.readAllLines(SAMPLE)) {
                String[] cells = line.split(",");
                if (cells.length >= 17 && cells[1].equals(symbol)) {
                    return new double[] {Double.parseDouble(cells[4]), Double.parseDouble(cells[5])};
                }
                if (cells.length >= 17 && cells[12].equals(symbol)) {
                    return new double[] {Double.parseDouble(cells[15]), Double.parseDouble(cells[16])};
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(symbol + " is not in " + SAMPLE);
    }

    private static double csvMid(String symbol) {
        double[] row = csvRow(symbol);
        return (row[0] + row[1]) / 2;
    }
}
