package org.condordesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.junit.jupiter.api.Test;

class LegDifferencesTest {

    private final Scenario a = Fixtures.hedged();

    @Test
    void theSameVersionHasNoDifferences() {
        assertThat(LegDifferences.between(a, a)).isEmpty();
    }

    @Test
    void aRolledStrikeAQuantityChangeAndANewLayerReadAsATraderSaysThem() {
        Layer condor = a.layers().get(0);
        Leg shortPut = condor.legs().get(1);
        Leg rolled = shortPut.withInstrument(new SpxOption(OptionRight.PUT, 7300, LocalDate.of(2026, 12, 9), Settlement.PM))
                .withQuantity(-12);
        Layer futures = a.layers().get(2);
        Scenario b = a.withLayer(0, condor.withLeg(1, rolled))
                .withLayer(2, futures.withLeg(0, futures.legs().get(0).withQuantity(5)))
                .plusLayer(Fixtures.diagonal().withName("Extra diagonal"));
        String futureLabel = futures.legs().get(0).instrument().label();
        assertThat(LegDifferences.between(a, b)).containsExactly(
                condor.name() + ": " + shortPut.instrument().label() + ": strike 7350 → 7300, qty -10 → -12",
                futures.name() + ": " + futureLabel + ": qty +2 → +5",
                "Extra diagonal: layer added (2 legs)");
    }

    @Test
    void legsWithNoCounterpartAreAddedOrRemoved() {
        Layer condor = a.layers().get(0);
        Scenario b = a.withLayer(0, condor.minusLeg(3)).withLayers(List.of(a.layers().get(0).minusLeg(3), a.layers().get(1)));
        List<String> lines = LegDifferences.between(a, b);
        assertThat(lines).contains(condor.name() + ": removed +10 " + condor.legs().get(3).instrument().label(),
                a.layers().get(2).name() + ": layer removed");
    }
}
