package org.condordesk.ui.view;

import java.time.LocalDate;

import javafx.util.StringConverter;

import org.condordesk.model.MarketEvent;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * The date slider's tick labels: the first letter of the scenario's event kind on an event's day (F, C, P, E), followed
 * by "?" for a bundled date of low confidence, nothing elsewhere.
 */
final class EventDayLabels extends StringConverter<Double> {

    private final ScenarioViewModel vm;

    EventDayLabels(ScenarioViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String toString(Double daysAfterValuation) {
        if (daysAfterValuation == null) {
            return "";
        }
        LocalDate day = vm.scenario().valuationTime().toLocalDate().plusDays(Math.round(daysAfterValuation));
        StringBuilder marks = new StringBuilder();
        for (MarketEvent event : vm.scenario().events()) {
            if (event.date().equals(day)) {
                marks.append(event.kind() == org.condordesk.model.EventKind.OTHER ? "E" : event.kind().name().substring(0, 1));
                if (org.condordesk.market.EventCalendar.isLowConfidence(event)) {
                    marks.append('?'); // a date resting on one public list
                }
            }
        }
        return marks.toString();
    }

    @Override
    public Double fromString(String text) {
        return 0.0;
    }
}
