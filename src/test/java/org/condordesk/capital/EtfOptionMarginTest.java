package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 §4: options on VIX ETFs were margined at $0. Expected figures by hand from the Cboe rules for equity and
 * ETF options (Cboe Rule 10.3(c)(5); Cboe Margin Manual "Short Put or Short Call", "Long Put or Long Call", "Put
 * Spread or Call Spread") and the leveraged-ETF multiple of Cboe Regulatory Circular RG09-97 / FINRA Notice 09-53.
 */
class EtfOptionMarginTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 15);
    private static final VixEtf VXX = new VixEtf("VXX", 30, 1);
    private static final VixEtf UVXY = new VixEtf("UVXY", 30, 1.5);

    private static Leg option(VixEtf etf, OptionRight right, double strike, int quantity, double premium) {
        return Leg.option(new VixEtfOption(etf, right, strike, EXPIRY), quantity, premium, 0.9);
    }

    private static Margin.Result margin(Leg... legs) {
        Scenario empty = Fixtures.scenario(List.of());
        Scenario scenario = empty.withMarket(empty.market().withEtfQuotes(List.of(new EtfQuote("VXX", 42.1),
                new EtfQuote("UVXY", 25)))).withLayers(List.of(Layer.of("ETF options", LayerRole.HEDGE, List.of(legs))));
        return Margin.of(scenario);
    }

    @Test
    void aLongEtfCallIsPaidInFull() {
        // +10 VXX 45C @ 2.10: 10 × 100 × 2.10 = $2,100.
        Margin.Result result = margin(option(VXX, OptionRight.CALL, 45, 10, 2.10));
        assertThat(result.requirement()).isCloseTo(2_100, within(1e-9));
        assertThat(result.capital()).isCloseTo(2_100, within(1e-9));
    }

    @Test
    void anUncoveredShortPutIsProceedsPlusTheGreaterOfTwentyPercentLessOtmAndTenPercentOfTheStrike() {
        // −5 puts of a 1x ETF at 25, strike 20, @ 0.90: 20 % × 25 − 5 OTM = 0 < 10 % × 20 = 2.00; 0.90 + 2.00 = 2.90,
        // $290 a contract (the issue's figure), $1,450 for 5; the $450 proceeds applied leave $1,000 of capital.
        VixEtf oneX = new VixEtf("UVXY", 30, 1);
        Margin.Result result = margin(option(oneX, OptionRight.PUT, 20, -5, 0.90));
        assertThat(result.requirement()).isCloseTo(1_450, within(1e-9));
        assertThat(result.capital()).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void aLeveragedEtfMultipliesBothPercentages() {
        // UVXY 1.5x: 30 % × 25 − 5 = 2.50 against 15 % × 20 = 3.00; 0.90 + 3.00 = 3.90, × 100 × 5 = $1,950.
        Margin.Result result = margin(option(UVXY, OptionRight.PUT, 20, -5, 0.90));
        assertThat(result.requirement()).isCloseTo(1_950, within(1e-9));
        // A near-the-money call: 30 % × 25 − (26 − 25) = 6.50 > 15 % × 25 = 3.75; (1.20 + 6.50) × 100 = $770.
        assertThat(margin(option(UVXY, OptionRight.CALL, 26, -1, 1.20)).requirement()).isCloseTo(770, within(1e-9));
    }

    @Test
    void theIssuesBookIsTheSumOfItsTwoLines() {
        // +10 VXX 45C @2.10 and −5 UVXY 20P @0.90: $2,100 + $1,950.
        Margin.Result result = margin(option(VXX, OptionRight.CALL, 45, 10, 2.10), option(UVXY, OptionRight.PUT, 20, -5, 0.90));
        assertThat(result.requirement()).isCloseTo(4_050, within(1e-9));
    }

    @Test
    void aCallSpreadIsItsWidthAndACoveredCallNeedsNothingOfItsOwn() {
        // −10 VXX 45C @2.10 / +10 50C @0.80: (50 − 45) × 100 × 10 = $5,000; credit 1.30 × 1,000 = $1,300 applied.
        Margin.Result spread = margin(option(VXX, OptionRight.CALL, 45, -10, 2.10), option(VXX, OptionRight.CALL, 50, 10, 0.80));
        assertThat(spread.requirement()).isCloseTo(5_000, within(1e-9));
        assertThat(spread.capital()).isCloseTo(3_700, within(1e-9));
        // −2 VXX 45C against 200 long shares @ 42.10: the shares paid in full ($8,420), the calls nothing more.
        Margin.Result covered = margin(option(VXX, OptionRight.CALL, 45, -2, 2.10), Leg.linear(VXX, 200, 42.10));
        assertThat(covered.requirement()).isCloseTo(8_420, within(1e-9));
        assertThat(covered.layer(0).lines()).anyMatch(line -> line.description().startsWith("covered short VXX 45 call"));
    }
}
