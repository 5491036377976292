package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.market.MarketState;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixOption;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;
import org.condordesk.pricing.PricingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reader accepts, the engine values (issue 14 item 7): {@code validate} used to accept a strike of
 * 1e308 that {@code report} then refused with no file or path. Scenarios are drawn at the edges of every bound
 * the model records check (those the reader enforces); the ones a record refuses are outside the reader's
 * domain and skipped; every other is analysed with the settings the CLI and the window can reach.
 */
class ValidScenariosAreValuedTest {

    private static final int CASES = 400;

    static Stream<Scenario> edgeScenarios() {
        SplittableRandom random = new SplittableRandom(0x14_07L);
        return Stream.generate(() -> scenario(random)).limit(CASES).filter(s -> s != null);
    }

    private static double pick(SplittableRandom random, double... values) {
        return values[random.nextInt(values.length)];
    }

    /** A one-leg scenario at the edges of the model's bounds, or null when a record refuses it. */
    private static Scenario scenario(SplittableRandom random) {
        try {
            LocalDateTime valuation = LocalDateTime.of(1900 + random.nextInt(301), 1 + random.nextInt(12), 1 + random.nextInt(28), 10, 0);
            // Past the bounds too (a 150-year expiry, a strike of 1e308): the records must refuse what the pricers cannot value.
            LocalDate expiry = valuation.toLocalDate().plusDays(random.nextInt(-10, 55_000));
            double strike = pick(random, 1e-300, Instrument.MIN_STRIKE, 1, 7600, 1e6, Instrument.MAX_STRIKE, 1e150, 1e308);
            OptionRight right = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
            Instrument instrument = random.nextBoolean() ? new SpxOption(right, strike, expiry, Settlement.PM)
                    : new VixOption(right, strike, expiry);
            MarketSnapshot market = new MarketSnapshot(pick(random, 1, 7600, 1e6), pick(random, -0.1, 0.5), pick(random, -0.1, 0.5),
                    pick(random, 1, 16, 300), pick(random, 1, 18, 300), List.of(new FuturesQuote(expiry, pick(random, 0.01, 18, 500))),
                    List.of(), new SmileParameters(pick(random, 0.3, 1.5), pick(random, -1, 2), pick(random, -1, 2)));
            double maxWeight = pick(random, 0, 1, 10);
            VolFactorModel model = VolFactorModel.defaults()
                    .withTimeWeight(pick(random, 0, 0.5, 2), Math.min(maxWeight, pick(random, 0, 10)), maxWeight)
                    .withVolResponse(VolResponse.values()[random.nextInt(VolResponse.values().length)]);
            Leg leg = new Leg(instrument, random.nextBoolean() ? Leg.MAX_QUANTITY : -1, pick(random, 0, 1e6),
                    OptionalDouble.of(pick(random, 1e-9, 0.2, Leg.MAX_IMPLIED_VOL)), Optional.empty());
            Layer layer = new Layer("edge", LayerRole.CORE, true, pick(random, 0, 1, Layer.MAX_SIZE_MULTIPLIER), List.of(leg));
            return new Scenario("edge", "", List.of(), valuation, market, model, List.of(), List.of(layer));
        } catch (ValidationException refused) {
            return null;
        }
    }

    @ParameterizedTest
    @MethodSource("edgeScenarios")
    void everyScenarioTheReaderAcceptsIsValued(Scenario scenario) {
        MarketState market = MarketState.of(scenario);
        // report: --vix-shift from the lowest it allows (spot VIX down to 1, at most -100) to +200, --at up to 3650 days
        // ahead; the window: heatmap and decay too.
        double lowestShift = Math.max(AnalysisSettings.MIN_VIX_SHIFT_POINTS, AnalysisSettings.minVixShift(scenario.market().vixSpot()));
        for (AnalysisSettings settings : List.of(AnalysisSettings.defaults(),
                AnalysisSettings.defaults().withoutHeatmapAndDecay().withVixShift(AnalysisSettings.MAX_VIX_SHIFT_POINTS)
                        .withShiftDays(AnalysisSettings.MAX_SHIFT_DAYS),
                AnalysisSettings.defaults().withoutHeatmapAndDecay().withVixShift(lowestShift))) {
            assertThatCode(() -> Analyzer.analyze(scenario, market, settings)).as("%s with %s", scenario, settings)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theDrawIsNotVacuous() {
        assertThat(edgeScenarios().count()).as("scenarios the records accept, of " + CASES).isGreaterThan(CASES / 8);
    }

    @Test
    void theModelsStrikeBoundsLieInsideThePricersDomain() {
        assertThat(Instrument.MIN_STRIKE).isGreaterThanOrEqualTo(PricingDomain.MIN_LEVEL);
        assertThat(Instrument.MAX_STRIKE).isLessThanOrEqualTo(PricingDomain.MAX_LEVEL);
        assertThat((double) Scenario.MAX_YEARS_TO_EXPIRY).isLessThan(PricingDomain.MAX_YEARS);
    }
}
