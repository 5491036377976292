package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.junit.jupiter.api.Test;

/** docs/model.md §17: whole-contract sizes keep the structure's ratios; their residual is net(m) from the unit vega. */
class WholeContractsTest {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 20);

    private static Layer layer(int... quantities) {
        return Layer.of("L", LayerRole.HEDGE, IntStream.of(quantities)
                .mapToObj(q -> Leg.option(new VixOption(OptionRight.CALL, 20 + q, JAN), q, 1, 0.8)).toList());
    }

    @Test
    void theStepIsOneOverTheGcdOfTheLegsQuantities() {
        assertThat(WholeContracts.step(layer(1))).isEqualTo(1);
        assertThat(WholeContracts.step(layer(10, -10))).isEqualTo(0.1);
        assertThat(WholeContracts.step(layer(2, 4, -6))).isEqualTo(0.5);
        assertThat(WholeContracts.step(layer(3, 5))).isEqualTo(1);
        assertThat(WholeContracts.step(Layer.of("Empty", LayerRole.HEDGE, List.of()))).isEqualTo(1);
    }

    @Test
    void theIssuesSizesBracketToWholeContracts() {
        // "Make vega-neutral" set VX futures to ×4.2775 and call spreads to ×7.5211 (issue 17).
        Layer future = Layer.of("VX", LayerRole.HEDGE, List.of(Leg.linear(new VixFuture(JAN), 1, 18.5)));
        assertThat(WholeContracts.bracket(future, 4.2775)).containsExactly(4, 5);
        double[] spreads = WholeContracts.bracket(layer(10, -10), 7.5211);
        assertThat(spreads[0]).isCloseTo(7.5, within(1e-12));
        assertThat(spreads[1]).isCloseTo(7.6, within(1e-12));
        assertThat(WholeContracts.contracts(layer(10, -10), spreads[0])).containsExactly(75, -75);
        assertThat(WholeContracts.contracts(layer(10, -10), spreads[1])).containsExactly(76, -76);
        assertThat(WholeContracts.bracket(future, 0.4)).containsExactly(0, 1);
    }

    @Test
    void aFractionalSizeIsNoContractCount() {
        assertThat(WholeContracts.isWhole(layer(10, -10), 7.52)).isFalse();
        assertThatThrownBy(() -> WholeContracts.contracts(layer(10, -10), 7.52))
                .hasMessageContaining("is not a whole number of contracts");
        Layer sized = WholeContracts.atSize(layer(10, -10), 0.7);
        assertThat(sized.sizeMultiplier()).isEqualTo(1);
        assertThat(sized.legs()).extracting(Leg::quantity).containsExactly(7, -7);
    }

    @Test
    void everyWholeSizesResidualIsNetOfMFromTheUnitVegaAndWhatTheEngineGivesAtThatSize() {
        Scenario scenario = Fixtures.hedged(); // last HEDGE layer: 2 Jan VX futures, step 0.5 (one contract)
        Analysis analysis = Analyzer.analyze(scenario);
        HedgeSolve solve = analysis.selectedHedge().orElseThrow();
        assertThat(solve.feasible()).isTrue();
        LayerRisk layer = analysis.layers().get(solve.layerIndex());
        List<WholeContractSize> sizes = solve.wholeContracts();
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(2);
        WholeContractSize lower = sizes.get(0);
        WholeContractSize upper = sizes.get(1);
        assertThat(lower.size()).isLessThanOrEqualTo(solve.multiplier());
        assertThat(upper.size()).isGreaterThan(solve.multiplier());
        assertThat(upper.size() - lower.size()).isCloseTo(0.5, within(1e-12));
        for (WholeContractSize size : List.of(lower, upper)) {
            // Hand formula: net(m) = net − layerNow + unit·m.
            double hand = analysis.netVixVega() - layer.greeks().vixVega() + layer.vixVegaAtUnitSize() * size.size();
            assertThat(size.netVixVega()).isCloseTo(hand, within(1e-9));
            // Second computation: the engine on the scenario with the layer at that size.
            Scenario sized = scenario.mapLayer(solve.layerIndex(), l -> l.withSize(size.size()));
            assertThat(size.netVixVega()).isCloseTo(Analyzer.analyze(sized).netVixVega(), within(1e-6));
            assertThat(size.legContracts()).containsExactly((int) Math.round(2 * size.size()));
        }
        // Neutral lies between them: the residuals have opposite signs.
        assertThat(Math.signum(lower.netVixVega())).isNotEqualTo(Math.signum(upper.netVixVega()));
    }

    @Test
    void vxmMinisOnTheLowerSizeComeCloserToNeutralAndTheEngineAgrees() {
        Scenario scenario = Fixtures.hedged();
        Analysis analysis = Analyzer.analyze(scenario);
        HedgeSolve solve = analysis.selectedHedge().orElseThrow();
        WholeContractSize mixed = solve.wholeContracts().stream().filter(WholeContractSize::mixesMinis).findFirst()
                .orElseThrow();
        assertThat(mixed.size()).isEqualTo(solve.wholeContracts().get(0).size());
        assertThat(mixed.miniExpiry()).contains(JAN);
        // One VXM carries a tenth of one VX's VIX vega: the residual moves by at most half a VXM from zero.
        LayerRisk layer = analysis.layers().get(solve.layerIndex());
        double vegaPerVx = layer.vixVegaAtUnitSize() / 2;
        assertThat(Math.abs(mixed.netVixVega())).isLessThanOrEqualTo(vegaPerVx / 10 / 2 + 1e-9);
        assertThat(Math.abs(mixed.netVixVega())).isLessThanOrEqualTo(Math.abs(solve.wholeContracts().get(0).netVixVega()));
        assertThat(Math.abs(mixed.netVixVega())).isLessThanOrEqualTo(Math.abs(solve.wholeContracts().get(1).netVixVega()));
        Scenario applied = scenario.mapLayer(solve.layerIndex(), l -> WholeContracts.apply(l, mixed, 18.55));
        Layer hedge = applied.layers().get(solve.layerIndex());
        assertThat(hedge.sizeMultiplier()).isEqualTo(1);
        assertThat(hedge.legs()).extracting(l -> l.instrument().label())
                .containsExactly("VX 2027-01-20", "VXM 2027-01-20");
        assertThat(hedge.legs().get(1).quantity()).isEqualTo(mixed.minis());
        assertThat(Analyzer.analyze(applied).netVixVega()).isCloseTo(mixed.netVixVega(), within(1e-6));
    }

    @Test
    void anInfeasibleSolveHasNoWholeSizes() {
        // The diagonal alone as the hedge (futures layer removed) with the condor doubled may still be feasible;
        // a CORE-only book has no solve at all, and a negative size has no whole sizes.
        Scenario scenario = Fixtures.hedged();
        Analysis analysis = Analyzer.analyze(scenario);
        for (HedgeSolve solve : analysis.hedgeSolves()) {
            if (!solve.feasible()) {
                assertThat(solve.wholeContracts()).isEmpty();
            }
        }
        assertThat(WholeContracts.around(layer(1), -1.5, 100, 0, 50, new double[] {50})).isEmpty();
    }
}
