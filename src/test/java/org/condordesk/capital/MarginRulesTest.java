package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;

/** The uncovered-short formula against published worked examples of the Cboe rules. */
class MarginRulesTest {

    @Test
    void mcMillansNakedIndexPutIsFifteenPercentOfTheIndexPlusThePremium() {
        // L. McMillan, "Options as a Strategic Investment", ch. 29 (index options): the Dec 170 put at 5 written naked:
        // "15% of index $2,520 + put premium 500 = $3,020", so the index is at 2,520 / 15 / 100 × 100 = 168 and the
        // put is in the money (no out-of-the-money amount); the 10 % minimum (500 + 1,700) is lower.
        double perUnit = MarginRules.uncoveredShort(OptionRight.PUT, 168, 170, 5, MarginRules.BROAD_INDEX);
        assertThat(perUnit * 100).isCloseTo(3020, within(1e-9));
    }

    @Test
    void hullsFiveNakedPutsUnderTheIndexRules() {
        // J. Hull, "Options, Futures, and Other Derivatives", end-of-chapter problem on margin: five naked puts, price
        // $10, strike $64, underlying $58. (a) equity rules, Hull's published answer: the greater of 500·(10 + 0.2·58)
        // = $10,800 and 500·(10 + 0.1·64) = $8,200. (b) under the index rules, worked here by the same rule at 15 %:
        // 500·(10 + 0.15·58) = $9,350.
        // The put is in the money, so no out-of-the-money amount comes off. VIX options use the same 20 %/10 % as
        // equity options (Cboe VIX options specification), so (a) checks the VOLATILITY_INDEX rates.
        assertThat(500 * MarginRules.uncoveredShort(OptionRight.PUT, 58, 64, 10, MarginRules.VOLATILITY_INDEX))
                .isCloseTo(10_800, within(1e-9));
        assertThat(500 * MarginRules.uncoveredShort(OptionRight.PUT, 58, 64, 10, MarginRules.BROAD_INDEX))
                .isCloseTo(9_350, within(1e-9));
    }

    @Test
    void anOutOfTheMoneyIndexPutFallsToTheMinimumOfTenPercentOfTheStrike() {
        // A test-bank question for Hull's book: ten naked index puts at $16, index 340, strike 320, choices $48,000,
        // $50,000, $47,000, $67,000. Worked by the rule: 15 %: 16 + 51 − 20 (out of the money) = 47, i.e. $47,000;
        // the minimum 16 + 10 % of the strike 320 = 48, i.e. $48,000, which applies.
        assertThat(1000 * MarginRules.uncoveredShort(OptionRight.PUT, 340, 320, 16, MarginRules.BROAD_INDEX))
                .isCloseTo(48_000, within(1e-9));
    }

    @Test
    void aCallsMinimumIsTenPercentOfTheUnderlyingNotOfTheStrike() {
        // Cboe rule text: calls to a minimum of proceeds + 10 % of the underlying value. SPX 7600, short 8400 call at 1:
        // 15 %: 1 + 1140 − 800 = 341; minimum 1 + 760 = 761 → 761 points ($76,100 a contract).
        assertThat(MarginRules.uncoveredShort(OptionRight.CALL, 7600, 8400, 1, MarginRules.BROAD_INDEX))
                .isCloseTo(761, within(1e-9));
    }

    @Test
    void aStrangleIsTheLargerSidePlusTheOtherSidesProceeds() {
        // Cboe "Short Put and Short Call": put requirement 761, call 500 (premiums 3 and 2): 761 + 2 = 763.
        assertThat(MarginRules.shortStrangle(761, 3, 500, 2)).isEqualTo(763);
        assertThat(MarginRules.shortStrangle(400, 3, 500, 2)).isEqualTo(503);
    }

    @Test
    void aCreditSpreadIsItsStrikeDifferenceAndADebitSpreadNothing() {
        assertThat(MarginRules.spread(OptionRight.PUT, 7350, 7275)).isEqualTo(75);
        assertThat(MarginRules.spread(OptionRight.CALL, 7800, 7875)).isEqualTo(75);
        assertThat(MarginRules.spread(OptionRight.CALL, 22, 20)).isZero();
        assertThat(MarginRules.spread(OptionRight.PUT, 7275, 7350)).isZero();
    }
}
