package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarginTest {

    @Test
    void theSampleCondorIsItsWiderWingTimesOneHundredTimesContracts() {
        // 7275/7350 puts and 7800/7875 calls, 10 lots: both wings 75 points wide: 75 × 100 × 10 = $75,000. The credit
        // (21.40 − 15.90 + 12.30 − 4.50) × 100 × 10 = $13,300 may be applied: capital 75,000 − 13,300 = $61,700.
        LayerMargin margin = Margin.of(Fixtures.condorOnly()).layer(0);
        assertThat(margin.requirement()).isCloseTo(75_000, within(1e-6));
        assertThat(margin.capital()).isCloseTo(61_700, within(1e-6));
        assertThat(margin.collateral()).isCloseTo(75_000, within(1e-6));
        assertThat(margin.lines()).hasSize(1);
        assertThat(margin.lines().get(0).description()).startsWith("iron condor SPX 7275/7350/7800/7875 × 10");
    }

    static Stream<Arguments> condors() {
        SplittableRandom random = new SplittableRandom(1818);
        return Stream.generate(() -> {
            double shortPut = 5 * random.nextInt(1300, 1500);
            double shortCall = shortPut + 5 * random.nextInt(20, 120);
            double putWing = 5 * random.nextInt(1, 40);
            double callWing = 5 * random.nextInt(1, 40);
            int contracts = random.nextInt(1, 50);
            double size = random.nextInt(1, 5) * 0.5;
            return Arguments.of(shortPut, shortCall, putWing, callWing, contracts, size);
        }).limit(100);
    }

    @ParameterizedTest
    @MethodSource("condors")
    void everyCondorIsItsWiderWingTimesOneHundredTimesContracts(double shortPut, double shortCall, double putWing,
                                                               double callWing, int contracts, double size) {
        Layer condor = Fixtures.condor(shortPut - putWing, shortPut, shortCall, shortCall + callWing, contracts,
                new double[] {1.0, 2.5, 2.0, 0.8}, new double[] {0.2, 0.18, 0.12, 0.11}).withSize(size);
        LayerMargin margin = Margin.of(Fixtures.scenario(List.of(condor))).layer(0);
        // Cboe: the greater of the two spreads' requirements; the credit (2.5 + 2.0 − 1.0 − 0.8 = 2.7 points) is applied.
        double contractsHeld = contracts * size;
        assertThat(margin.requirement()).isCloseTo(Math.max(putWing, callWing) * 100 * contractsHeld, within(1e-6));
        assertThat(margin.capital()).isCloseTo((Math.max(putWing, callWing) - 2.7) * 100 * contractsHeld, within(1e-6));
    }

    @Test
    void aDebitDiagonalIsItsNetDebitPaidInFull() {
        // Short 40 Dec VIX 22 calls at 0.35, long 40 Feb 20 calls at 2.60: the long expires after the short and its
        // strike is lower, so no spread requirement; the debit (2.60 − 0.35) × 100 × 40 = $9,000 is paid in full.
        LayerMargin margin = Margin.of(Fixtures.scenario(List.of(Fixtures.diagonal()))).layer(0);
        assertThat(margin.requirement()).isCloseTo(9_000, within(1e-6));
        assertThat(margin.capital()).isCloseTo(9_000, within(1e-6));
        assertThat(margin.collateral()).isZero();
    }

    @Test
    void aLongOptionIsItsPremium() {
        Layer calls = Layer.of("Long VIX calls", LayerRole.HEDGE, List.of(
                Leg.option(new VixOption(OptionRight.CALL, 20, LocalDate.of(2027, 2, 17)), 40, 2.60, 0.80)));
        LayerMargin margin = Margin.of(Fixtures.scenario(List.of(calls))).layer(0);
        assertThat(margin.requirement()).isCloseTo(2.60 * 100 * 40, within(1e-9));
        assertThat(margin.capital()).isCloseTo(2.60 * 100 * 40, within(1e-9));
    }

    @Test
    void aNakedSpxPutUsesTheBroadIndexRuleAtTheScenariosSpot() {
        // SPX 7600, short 5 × 7350 put at 21.40: 15 %: 21.40 + 1140 − 250 = 911.40; minimum 21.40 + 735 = 756.40;
        // requirement 911.40 × 100 × 5 = $455,700, capital less the proceeds 21.40 × 500 = $445,000.
        Layer put = Layer.of("Short put", LayerRole.CORE, List.of(
                Leg.option(Fixtures.spx(OptionRight.PUT, 7350), -5, 21.40, 0.174)));
        LayerMargin margin = Margin.of(Fixtures.scenario(List.of(put))).layer(0);
        assertThat(margin.requirement()).isCloseTo(455_700, within(1e-6));
        assertThat(margin.capital()).isCloseTo(445_000, within(1e-6));
    }

    @Test
    void aShortStrangleIsTheLargerSidePlusTheOtherSidesProceeds() {
        // Put 7350 at 21.40: 911.40 (above); call 7800 at 12.30: 15 %: 12.30 + 1140 − 200 = 952.30, minimum
        // 12.30 + 760 = 772.30 → 952.30. Larger side the call: 952.30 + 21.40 = 973.70 points × 100 × 2 = $194,740.
        Layer strangle = Layer.of("Strangle", LayerRole.CORE, List.of(
                Leg.option(Fixtures.spx(OptionRight.PUT, 7350), -2, 21.40, 0.174),
                Leg.option(Fixtures.spx(OptionRight.CALL, 7800), -2, 12.30, 0.116)));
        LayerMargin margin = Margin.of(Fixtures.scenario(List.of(strangle))).layer(0);
        assertThat(margin.requirement()).isCloseTo(194_740, within(1e-6));
    }

    @Test
    void vxFuturesPostThePlaceholderUntilTheScenarioSetsAFigure() {
        Scenario hedged = Fixtures.hedged();
        Margin.Result placeholder = Margin.of(hedged);
        assertThat(placeholder.vxMarginPlaceholder()).isTrue();
        assertThat(placeholder.layer(2).requirement()).isCloseTo(2 * Margin.PLACEHOLDER_VX_MARGIN, within(1e-9));
        Scenario set = hedged.withCapital(hedged.capital().withVxInitialMarginPerContract(OptionalDouble.of(7_500)));
        Margin.Result given = Margin.of(set);
        assertThat(given.vxMarginPlaceholder()).isFalse();
        assertThat(given.layer(2).requirement()).isCloseTo(15_000, within(1e-9));
        // Condor 75,000 + diagonal 9,000 + futures 15,000; capital 61,700 + 9,000 + 15,000.
        assertThat(given.requirement()).isCloseTo(99_000, within(1e-6));
        assertThat(given.capital()).isCloseTo(85_700, within(1e-6));
    }

    @Test
    void aDisabledLayerTiesUpNothingAndTheSizeScalesTheMargin() {
        Scenario hedged = Fixtures.hedged();
        Scenario disabled = hedged.mapLayer(1, layer -> layer.withEnabled(false));
        assertThat(Margin.of(disabled).layer(1).requirement()).isZero();
        Scenario doubled = hedged.mapLayer(0, layer -> layer.withSize(2));
        assertThat(Margin.of(doubled).layer(0).requirement()).isCloseTo(150_000, within(1e-6));
    }
}
