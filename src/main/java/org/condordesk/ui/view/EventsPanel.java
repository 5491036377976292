package org.condordesk.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.market.EventCalendar;
import org.condordesk.store.CustomEvents;

import org.condordesk.model.EventKind;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.EditCell;

/** The event calendar (FOMC, CPI, PPI…), marked on the decay chart; kept in date order. */
public final class EventsPanel extends HBox {

    public EventsPanel(ScenarioViewModel vm) {
        getStyleClass().add("form-panel");
        setId("eventsPanel");
        ListTable<MarketEvent> table = new ListTable<>(vm, "events", "Event calendar", "events", Scenario::events,
                (s, list) -> s.withEvents(sorted(list)), EventsPanel::nextEvent, "Add an event a week after the last one");
        table.column(new ListTable.ColumnSpec<>("date", "Date", "Event date (New York)", 110,
                e -> e.date().toString(), e -> e.date().toString(), EditCell.Editor.DATE, List.of(),
                (e, text) -> new MarketEvent(MarketPanel.date(text), e.kind(), e.label())));
        table.column(new ListTable.ColumnSpec<>("kind", "Kind", "FOMC, CPI, PPI or OTHER: the marker's label", 80,
                e -> e.kind().name(), e -> e.kind().name(), EditCell.Editor.CHOICE,
                Arrays.stream(EventKind.values()).map(Enum::name).toList(),
                (e, text) -> new MarketEvent(e.date(), kind(text), e.label())));
        table.column(new ListTable.ColumnSpec<>("label", "Label", "What it is, shown in the marker's tooltip", 260,
                MarketEvent::label, MarketEvent::label, EditCell.Editor.TEXT, List.of(),
                (e, text) -> new MarketEvent(e.date(), e.kind(), text.strip())));
        table.setPrefWidth(520);
        Label note = new Label("Bundled: FOMC decisions 2025–2027 (Federal Reserve). CPI/PPI are not bundled: add them "
                + "from bls.gov. Events inside the decay chart's range are marked on it.");
        note.getStyleClass().add("muted-note");
        note.setWrapText(true);
        note.setMaxWidth(260);
        Button addCalendar = new Button("Add calendar events");
        addCalendar.setId("addCalendarEvents");
        addCalendar.setTooltip(new Tooltip("Add the bundled and custom events from the valuation date to the last expiry"));
        addCalendar.setOnAction(e -> vm.addCalendarEvents());
        Button saveMine = new Button("Save to my calendar");
        saveMine.setId("saveCustomEvents");
        saveMine.setTooltip(new Tooltip("Keep this scenario's events that the bundled calendar lacks in "
                + CustomEvents.FILE_NAME + " (data folder), for new scenarios and the Signals window"));
        saveMine.setOnAction(e -> saveCustom(vm));
        Label warning = new Label();
        warning.setId("coreEventWarning");
        warning.getStyleClass().add("warning-note");
        warning.setWrapText(true);
        warning.setMaxWidth(260);
        warning.textProperty().bind(Bindings.createStringBinding(() -> EventCalendar.coreSpanWarning(vm.scenario()),
                vm.scenarioProperty()));
        HBox.setHgrow(table, Priority.SOMETIMES);
        getChildren().addAll(table, new VBox(6, note, addCalendar, saveMine, warning));
    }

    /** Writes the scenario's events that are not bundled into the custom events file, merged with what it holds. */
    private static void saveCustom(ScenarioViewModel vm) {
        List<MarketEvent> bundled = EventCalendar.bundled().events();
        try {
            List<MarketEvent> custom = new ArrayList<>(CustomEvents.read(CustomEvents.defaultFile()));
            vm.scenario().events().stream().filter(ev -> !bundled.contains(ev) && !custom.contains(ev)).forEach(custom::add);
            custom.sort(Comparator.comparing(MarketEvent::date));
            CustomEvents.save(custom, CustomEvents.defaultFile());
            vm.setEventCalendar(EventCalendar.bundled().with(custom));
            vm.inform("Saved " + custom.size() + " custom events to " + CustomEvents.defaultFile());
        } catch (java.io.IOException | ValidationException ex) {
            vm.refuseInput("Custom events not saved: " + ex.getMessage());
        }
    }

    private static List<MarketEvent> sorted(List<MarketEvent> events) {
        List<MarketEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(MarketEvent::date));
        return copy;
    }

    private static MarketEvent nextEvent(Scenario s) {
        LocalDate after = s.events().stream().map(MarketEvent::date).max(Comparator.naturalOrder())
                .orElse(s.valuationTime().toLocalDate());
        return new MarketEvent(after.plusDays(7), EventKind.OTHER, "New event");
    }

    private static EventKind kind(String text) {
        try {
            return EventKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "must be one of " + Arrays.toString(EventKind.values()));
        }
    }
}
