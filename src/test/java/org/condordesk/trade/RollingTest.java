package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.trade.TradeFixtures.NOW;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.RollMode;
import org.condordesk.model.RollRecord;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.pricing.Bsm;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

/** Rolls and wing adjustments: cash, realised P&L, strikes by mode, history (docs/model.md §15). */
class RollingTest {

    private static final LocalDate DEC_16 = LocalDate.of(2026, 12, 16);
    private static final LocalDate FEB = LocalDate.of(2027, 2, 17);

    @Test
    void rollingTheVxFuturesRealisesTheirVariationMarginAsCash() {
        // 2 Jan VX bought at 18.50; the model prices the Jan future on the curve at 18.55: closing realises
        // (18.55 − 18.50)·2·1000 = 100 in variation margin, and opening 2 Feb futures exchanges no premium.
        TradeResult roll = Rolling.roll(TradeFixtures.live(), 2, FEB, RollMode.SAME_STRIKES, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        assertThat(roll.realizedPnl()).isCloseTo(100, within(1e-9));
        assertThat(roll.cash()).isCloseTo(100, within(1e-9));
        Layer layer = roll.scenario().layers().get(2);
        assertThat(layer.legs()).hasSize(2);
        assertThat(layer.legs().get(0).isClosed()).isTrue();
        Leg feb = layer.legs().get(1);
        assertThat(feb.instrument().label()).isEqualTo("VX 2027-02-17");
        assertThat(feb.quantity()).isEqualTo(2);
        assertThat(feb.entryPrice()).isCloseTo(19.20, within(1e-9)); // the curve's Feb quote
        assertThat(layer.rolls()).containsExactly(new RollRecord(NOW, LocalDate.of(2027, 1, 20), FEB,
                RollMode.SAME_STRIKES, roll.cash(), roll.realizedPnl()));
    }

    @Test
    void aRollAtModelKeepsThePnlAndItsCashIsTheOldValueLessTheNew() {
        Scenario live = TradeFixtures.live();
        Analysis before = Analyzer.analyze(live);
        TradeResult roll = Rolling.roll(live, 0, DEC_16, RollMode.SAME_STRIKES, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        Analysis after = Analyzer.analyze(roll.scenario());
        // Independent of the trade's own accounting: the engine's layer values before and after the roll.
        assertThat(roll.cash()).isCloseTo(before.layers().get(0).greeks().value() - after.layers().get(0).greeks().value(),
                within(1e-6));
        assertThat(roll.realizedPnl()).isCloseTo(before.layers().get(0).greeks().pnl(), within(1e-6));
        assertThat(after.position().pnl()).isCloseTo(before.position().pnl(), within(1e-6));
        Layer rolled = roll.scenario().layers().get(0);
        assertThat(rolled.legs()).hasSize(8);
        assertThat(rolled.legs().subList(4, 8)).extracting(l -> l.instrument().optionStrike().getAsDouble())
                .containsExactly(7275.0, 7350.0, 7800.0, 7875.0);
        assertThat(rolled.legs().subList(4, 8)).allSatisfy(l -> assertThat(l.instrument().expiryDate()).contains(DEC_16));
        assertThat(rolled.rolls()).singleElement().satisfies(r -> assertThat(r.netCash()).isEqualTo(roll.cash()));
        assertThat(roll.notes()).isEmpty();
    }

    @Test
    void sameDeltasFindsTheStrikeWithTheOldDeltaOnTheGrid() {
        Scenario live = TradeFixtures.live();
        TradeResult roll = Rolling.roll(live, 0, DEC_16, RollMode.SAME_DELTAS, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        MarketState market = MarketState.of(live);
        Leg oldPut = live.layers().get(0).legs().get(1);
        Leg newPut = roll.scenario().layers().get(0).legs().get(5);
        double oldDelta = delta(market, oldPut);
        double newDelta = delta(market, newPut);
        // On a 5-point grid the delta can miss by at most half a step's worth of delta.
        double perStep = Math.abs(delta(market, withStrike(newPut, newStrike(newPut) + 5)) - newDelta);
        assertThat(Math.abs(newDelta - oldDelta)).isLessThanOrEqualTo(perStep / 2 + 1e-12);
        // A week longer to expiry at the same delta sits further from spot.
        assertThat(newStrike(newPut)).isLessThan(7350);
        assertThat(newStrike(newPut) % 5).isZero();
    }

    @Test
    void sameWidthKeepsEachWingsWidthFromItsShort() {
        TradeResult roll = Rolling.roll(TradeFixtures.live(), 0, DEC_16, RollMode.SAME_WIDTH, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        List<Leg> legs = roll.scenario().layers().get(0).legs().subList(4, 8);
        assertThat(newStrike(legs.get(1)) - newStrike(legs.get(0))).isEqualTo(75);  // 7350 − 7275
        assertThat(newStrike(legs.get(3)) - newStrike(legs.get(2))).isEqualTo(75);  // 7875 − 7800
    }

    @Test
    void theDiagonalRollsItsNearLegOnly() {
        TradeResult roll = Rolling.roll(TradeFixtures.live(), 1, LocalDate.of(2027, 1, 20), RollMode.SAME_STRIKES,
                TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        Layer layer = roll.scenario().layers().get(1);
        assertThat(layer.legs()).extracting(l -> l.instrument().label() + " " + l.quantity())
                .containsExactly("VIX 2026-12-16 22 CALL 0", "VIX 2027-02-17 20 CALL 40", "VIX 2027-01-20 22 CALL -40");
    }

    @Test
    void rollsAreRefusedWhereTheyMeanNothing() {
        Scenario live = TradeFixtures.live();
        assertThatThrownBy(() -> Rolling.roll(live, 0, LocalDate.of(2026, 12, 9), RollMode.SAME_STRIKES, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("toExpiry: 2026-12-09 is not after the expiry rolled from, 2026-12-09");
        assertThatThrownBy(() -> Rolling.roll(live, 0, DEC_16, RollMode.SAME_STRIKES, TradePrice.typed(1), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessageStartingWith("price: a roll is priced at mid");
    }

    @Test
    void movingThePutWingClosesOneVerticalAndOpensAnotherAsOneTrade() {
        Scenario live = TradeFixtures.live();
        Analysis before = Analyzer.analyze(live);
        TradeResult moved = Adjusting.moveWing(live, 0, OptionRight.PUT, 7300, TradePrice.model(), NOW);
        Layer layer = moved.scenario().layers().get(0);
        assertThat(layer.legs()).extracting(l -> l.instrument().label() + " " + l.quantity()).containsExactly(
                "SPX 2026-12-09 PM 7275 PUT 0", "SPX 2026-12-09 PM 7350 PUT 0", "SPX 2026-12-09 PM 7800 CALL -10",
                "SPX 2026-12-09 PM 7875 CALL 10", "SPX 2026-12-09 PM 7300 PUT -10", "SPX 2026-12-09 PM 7225 PUT 10");
        Analysis after = Analyzer.analyze(moved.scenario());
        assertThat(moved.cash()).isCloseTo(before.layers().get(0).greeks().value() - after.layers().get(0).greeks().value(),
                within(1e-6));
        assertThat(after.position().pnl()).isCloseTo(before.position().pnl(), within(1e-6));
        assertThat(moved.fills()).hasSize(4);
    }

    private static double newStrike(Leg leg) {
        return leg.instrument().optionStrike().getAsDouble();
    }

    private static Leg withStrike(Leg leg, double strike) {
        return new Leg(((SpxOption) leg.instrument()).withStrike(strike), 1, 0, leg.impliedVol(), java.util.Optional.empty());
    }

    /** BSM delta on calendar time at the leg's own vol, as the roll matches it. */
    private static double delta(MarketState market, Leg leg) {
        double years = market.daysTo(leg.instrument().expiryTime().orElseThrow()) / Tenor.DAYS_PER_YEAR;
        return Bsm.greeks(OptionRight.PUT, market.spxSpot(), newStrike(leg), years, market.rate(), market.dividendYield(),
                leg.vol()).delta();
    }
}
