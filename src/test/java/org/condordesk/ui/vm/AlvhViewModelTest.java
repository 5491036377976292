package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.market.EventCalendar;
import org.condordesk.model.EventKind;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.signals.HedgeSizing;
import org.junit.jupiter.api.Test;

/** Apply (the ALVH output onto the hedge layer) and the calendar commands as undoable view-model edits. */
class AlvhViewModelTest extends ViewModelTestBase {

    @Override
    protected Scenario scenario() {
        return Fixtures.hedged().withEvents(List.of());
    }

    @Test
    void applySetsTheTargetHedgeLayerInOneUndoableStep() {
        int target = HedgeSizing.targetLayer(vm.scenario());
        double before = vm.scenario().layers().get(target).sizeMultiplier();
        assertThat(vm.hedge().applyAlvhSize(2)).isEmpty();
        assertThat(vm.scenario().layers().get(target).sizeMultiplier()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).contains("set to 2 × base");
        vm.undo();
        assertThat(vm.scenario().layers().get(target).sizeMultiplier()).isEqualTo(before);
    }

    @Test
    void applyIsRefusedWithoutAHedgeLayer() {
        vm.load(Fixtures.condorOnly(), null);
        // The window words it for the trader; the path stays in the status line's tooltip.
        assertThat(vm.hedge().applyAlvhSize(2)).contains("The scenario has no hedge layer for the rules to size");
        assertThat(vm.messageDetailProperty().get()).isEqualTo("alvh.targetLayer: the scenario has no hedge layer for the rules to size");
    }

    @Test
    void calendarEventsInTheHorizonAreAddedOnceAndNewScenariosGetThem() {
        MarketEvent custom = new MarketEvent(LocalDate.of(2026, 12, 10), EventKind.CPI, "from bls.gov");
        vm.setEventCalendar(EventCalendar.bundled().with(List.of(custom)));
        assertThat(vm.addCalendarEvents()).isEmpty();
        // Valuation 2026-11-25 to the last expiry of the sample's hedges: FOMC 2026-12-09 and 2027-01-27 (Fed schedule), the custom CPI.
        assertThat(vm.scenario().events()).extracting(MarketEvent::date).contains(LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 27)).isSorted();
        int count = vm.scenario().events().size();
        vm.addCalendarEvents();
        assertThat(vm.scenario().events()).hasSize(count);
        vm.newScenario();
        assertThat(vm.scenario().events()).extracting(MarketEvent::date).contains(LocalDate.of(2026, 12, 9))
                .allMatch(d -> !d.isAfter(LocalDate.of(2026, 11, 25).plusDays(EventCalendar.DEFAULT_HORIZON_DAYS)));
    }
}
