package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.condordesk.Fixtures;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Layer;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.vm.LayerTemplate.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LayerTemplatesTest {

    private final Scenario sample = Fixtures.hedged();

    @ParameterizedTest
    @EnumSource(LayerTemplate.class)
    void theDefaultsOfEveryTemplateBuildALayerTheScenarioAccepts(LayerTemplate template) {
        Map<Field, String> defaults = LayerTemplates.defaults(sample, template);
        assertThat(defaults.keySet()).containsAll(template.fields());
        Layer layer = LayerTemplates.build(sample, template, defaults);
        Scenario with = sample.plusLayer(layer);
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
}
