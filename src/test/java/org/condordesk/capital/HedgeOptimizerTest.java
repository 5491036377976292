package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HedgeOptimizerTest {

    private static final Scenario HEDGED = Fixtures.hedged();
    private static StressValuation valuation;
    private static List<StressResult> stresses;

    @BeforeAll
    static void stressSet() {
        valuation = StressValuation.of(HEDGED);
        stresses = StressLibrary.run(valuation, Optional.of(SampleHistory.load()));
    }

    @Test
    void theVegaModeRoundsTheEnginesNeutralSizeToWholeContracts() {
        // docs/model.md §4: Hedge 2's vega-neutral size on the sample is 1.542 (tools/sample_oracle.py); its 2-lot
        // future moves in steps of 1/2, so 1.5 (3 contracts); Hedge 1 is held at 1.
        HedgeSolution vega = HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.VEGA, 3);
        assertThat(vega.sizes().get(0).size()).isEqualTo(1.0);
        assertThat(vega.sizes().get(1).size()).isEqualTo(1.5);
        assertThat(vega.sizes().get(1).firstLegContracts()).isEqualTo(3);
    }

    @Test
    void theMinVarianceSolutionsVarianceIsAtMostTheVegaNeutralOnesOnTheSameStressSet() {
        HedgeSolution vega = HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.VEGA, 3);
        HedgeSolution minVariance = HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.MIN_VARIANCE, 3);
        // The variances are recomputed here from a second valuation of each resized scenario through the library.
        double vegaVariance = variance(totalsAt(vega));
        double minVarianceVariance = variance(totalsAt(minVariance));
        assertThat(minVarianceVariance).isLessThanOrEqualTo(vegaVariance);
        assertThat(minVariance.variance()).isCloseTo(minVarianceVariance, within(1e-6 * minVarianceVariance));
        assertThat(vega.variance()).isCloseTo(vegaVariance, within(1e-6 * vegaVariance));
    }

    @Test
    void theMinWorstSolutionsWorstCaseIsAtLeastTheVegaNeutralOnesAndTodays() {
        HedgeSolution vega = HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.VEGA, 3);
        HedgeSolution minWorst = HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.MIN_WORST, 3);
        double today = stresses.stream().mapToDouble(StressResult::total).min().orElseThrow();
        assertThat(min(totalsAt(minWorst))).isGreaterThanOrEqualTo(min(totalsAt(vega)) - 1e-6)
                .isGreaterThanOrEqualTo(today - 1e-6);
    }

    @Test
    void everySizeIsAWholeNumberOfContractsWithinTheBound() {
        for (HedgeOptimizer.Mode mode : List.of(HedgeOptimizer.Mode.MIN_VARIANCE, HedgeOptimizer.Mode.MIN_WORST)) {
            HedgeSolution solution = HedgeOptimizer.solve(valuation, stresses, mode, 2);
            for (HedgeSolution.LayerSize size : solution.sizes()) {
                double steps = size.size() / size.sizeStep();
                assertThat(steps).as(mode + " " + size.layerName()).isCloseTo(Math.rint(steps), within(1e-9));
                assertThat(size.size()).isBetween(0.0, 2.0);
            }
        }
    }

    @Test
    void aGridTooLargeToWalkIsRefusedWithTheFlagToChange() {
        assertThatThrownBy(() -> HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.MIN_VARIANCE, 1000))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("--max-size: ");
    }

    /** The stress totals of the scenario resized to {@code solution}'s sizes, valued again from scratch. */
    private static double[] totalsAt(HedgeSolution solution) {
        Scenario resized = HEDGED;
        for (HedgeSolution.LayerSize size : solution.sizes()) {
            resized = resized.mapLayer(size.layerIndex(), layer -> layer.withSize(size.size()));
        }
        return StressLibrary.run(StressValuation.of(resized), Optional.of(SampleHistory.load())).stream()
                .mapToDouble(StressResult::total).toArray();
    }

    private static double variance(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / values.length;
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
}
