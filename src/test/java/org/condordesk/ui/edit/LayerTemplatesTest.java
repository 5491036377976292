package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LayerTemplate.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayerTemplatesTest {

    private final Scenario sample = Fixtures.hedged();

    @ParameterizedTest
    @EnumSource(LayerTemplate.class)
    void theDefaultsOfEveryTemplateBuildALayerTheScenarioAccepts(LayerTemplate template) {
        Map<Field, String> defaults = LayerTemplates.defaults(sample, template);
        if (template == LayerTemplate.UVXY || template == LayerTemplate.SVXY) {
            // The sample quotes VXX only: no price is made up for these, the trader types it.
            assertThat(defaults.get(Field.ETF_PRICE)).isEmpty();
            assertThatThrownBy(() -> LayerTemplates.build(sample, template, defaults))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("price: is needed");
            defaults.put(Field.ETF_PRICE, "42.5");
        }
        assertThat(defaults.keySet()).containsAll(template.fields());
        LayerTemplates.Built built = LayerTemplates.buildWithQuotes(sample, template, defaults);
        Layer layer = built.layer();
        Scenario with = built.applyTo(sample);
        assertThat(with.layers()).hasSize(4);
        boolean condor = template == LayerTemplate.CONDOR_BY_DELTA || template == LayerTemplate.CONDOR_BY_STRIKES;
        assertThat(layer.role()).isEqualTo(condor ? LayerRole.CORE : LayerRole.HEDGE);
        for (Leg leg : layer.legs()) {
            leg.instrument().expiryDate().ifPresent(expiry -> assertThat(expiry).isAfter(Fixtures.VALUATION.toLocalDate()));
        }
    }

    @Test
    void vixDefaultsUseStandardSettlementsAfterTheValuationDate() {
        Map<Field, String> diagonal = LayerTemplates.defaults(sample, LayerTemplate.VIX_CALL_DIAGONAL);
        // Cboe settlements after 25 Nov 2026: 16 Dec 2026, 20 Jan 2027, 17 Feb 2027 (VixCalendarTest).
        assertThat(diagonal.get(Field.EXPIRY)).isEqualTo("2026-12-16");
        assertThat(diagonal.get(Field.FAR_EXPIRY)).isEqualTo("2027-02-17");
        assertThat(LayerTemplates.defaults(sample, LayerTemplate.VIX_FUTURE).get(Field.EXPIRY)).isEqualTo("2027-01-20");
    }

    @Test
    void condorDefaultsStraddleSpotOnTheCoreExpiry() {
        Map<Field, String> strikes = LayerTemplates.defaults(sample, LayerTemplate.CONDOR_BY_STRIKES);
        assertThat(LocalDate.parse(strikes.get(Field.EXPIRY))).isEqualTo(Fixtures.CONDOR_EXPIRY);
        assertThat(Double.parseDouble(strikes.get(Field.SHORT_PUT))).isBetween(7000.0, 7600.0);
        assertThat(Double.parseDouble(strikes.get(Field.SHORT_CALL))).isBetween(7600.0, 8200.0);
        assertThat(Double.parseDouble(strikes.get(Field.SHORT_PUT)) - Double.parseDouble(strikes.get(Field.LONG_PUT))).isEqualTo(50);
    }

    @Test
    void aBadInputNamesItsField() {
        Map<Field, String> values = LayerTemplates.defaults(sample, LayerTemplate.VIX_CALL_SPREAD);
        values.put(Field.SHORT_STRIKE, "10");
        assertThatThrownBy(() -> LayerTemplates.build(sample, LayerTemplate.VIX_CALL_SPREAD, values))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("shortStrike: must be above the long strike");
        values.put(Field.QUANTITY, "ten");
        assertThatThrownBy(() -> LayerTemplates.build(sample, LayerTemplate.VIX_CALL_SPREAD, values))
                .hasMessage("quantity: is not a number: 'ten'");
    }

    @Test
    void uvxyAndSvxyComePrefilledWithTheirLeverageAndBringTheirPriceToTheMarket() {
        Map<Field, String> uvxy = LayerTemplates.defaults(sample, LayerTemplate.UVXY);
        assertThat(uvxy).containsEntry(Field.SYMBOL, "UVXY").containsEntry(Field.LEVERAGE, "1.5").containsEntry(Field.TENOR_DAYS, "30");
        Map<Field, String> svxy = LayerTemplates.defaults(sample, LayerTemplate.SVXY);
        assertThat(svxy).containsEntry(Field.LEVERAGE, "-0.5").containsEntry(Field.SHARES, "-100");
        uvxy.put(Field.ETF_PRICE, "12.34");
        LayerTemplates.Built built = LayerTemplates.buildWithQuotes(sample, LayerTemplate.UVXY, uvxy);
        assertThat(built.newQuote()).hasValue(new org.condordesk.model.EtfQuote("UVXY", 12.34));
        assertThat(built.layer().legs().get(0).entryPrice()).isEqualTo(12.34);
        // VXX is quoted already: nothing to add to the market.
        Map<Field, String> vxx = LayerTemplates.defaults(sample, LayerTemplate.VIX_ETF);
        assertThat(LayerTemplates.buildWithQuotes(sample, LayerTemplate.VIX_ETF, vxx).newQuote()).isEmpty();
    }

    @Test
    void anEmptyBookOpensOnTheCondorFourteenDaysOut() {
        Scenario empty = sample.withLayers(java.util.List.of());
        assertThat(LayerTemplates.defaultTemplate(empty)).isEqualTo(LayerTemplate.CONDOR_BY_DELTA);
        assertThat(LayerTemplates.defaultTemplate(sample)).isEqualTo(LayerTemplate.VIX_CALL_SPREAD);
        // Valuation Wed 25 Nov 2026 + 14 days = Wed 9 Dec (a weekday: SPXW lists it).
        assertThat(LayerTemplates.defaults(empty, LayerTemplate.CONDOR_BY_DELTA).get(Field.EXPIRY)).isEqualTo("2026-12-09");
        // From Fri 27 Nov, 14 days is Fri 11 Dec; from Sun 29 Nov it would be Sun 13 Dec: moved to Mon 14 Dec.
        Scenario sunday = empty.withValuationTime(java.time.LocalDateTime.of(2026, 11, 29, 10, 0));
        assertThat(LayerTemplates.defaults(sunday, LayerTemplate.CONDOR_BY_DELTA).get(Field.EXPIRY)).isEqualTo("2026-12-14");
    }

    @Test
    void theBreakEvenHedgeBuysCallsAtTheVixTheSpotVolMapGivesAtTheLowerBreakEven() {
        // The condor alone breaks even at expiry near 7350 − 13.30 = 7336.7 (short put minus credit). The spot–vol
        // map from VIX 16.40 at SPX 7600: ln VIX rises k_down × the % fall.
        double breakEven = 7350 - 13.30;
        double vix = sample.model().spotVol().vixAfter(16.40, 100 * Math.log(breakEven / 7600));
        assertThat(LayerTemplates.vixAtLowerBreakEven(sample).getAsDouble()).isCloseTo(vix, org.assertj.core.api.Assertions.within(0.02));
        Map<Field, String> hedge = LayerTemplates.defaults(sample, LayerTemplate.BREAK_EVEN_HEDGE);
        assertThat(Double.parseDouble(hedge.get(Field.STRIKE))).isEqualTo(Math.round(vix));
        assertThat(Double.parseDouble(hedge.get(Field.SHORT_STRIKE))).isEqualTo(Math.round(vix) + 5);
        // The first VIX settlement after the 9 Dec core expiry: 16 Dec 2026.
        assertThat(hedge.get(Field.EXPIRY)).isEqualTo("2026-12-16");
        assertThat(LayerTemplates.vixAtLowerBreakEven(sample.withLayers(java.util.List.of(Fixtures.futures())))).isEmpty();
    }
}
