package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.ui.edit.Horizon;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.format.Names;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.MarkedSlider;
import org.condordesk.ui.widget.OneLine;
import org.condordesk.ui.widget.Tips;

/**
 * Tuning: hedge-size sliders, "Make vega-neutral", and the what-if controls that do not change the
 * scenario: the analysis date (time shift), the T+n date and a parallel VIX shift.
 */
public final class TuningPanel extends VBox {

    /** A hedge layer in the solve chooser, shown by its short name ("Hedge 2"); the full name is the tooltip. */
    private record HedgeChoice(int index, String name) {
        @Override
        public String toString() {
            return Names.shortLayerName(name);
        }
    }

    /** Enough of the hedge chooser to read "2 · Hedge 2" beside the solve button on a laptop. */
    private static final double SOLVE_CHOICE_MIN_WIDTH = 90;

    private static final javafx.css.PseudoClass SETTLED = javafx.css.PseudoClass.getPseudoClass("settled");

    private final ScenarioViewModel vm;
    private final HedgeSliders hedges;
    private final ComboBox<HedgeChoice> solveLayer = new ComboBox<>();
    private java.util.function.IntConsumer solveAction;
    private final Slider dateSlider = new Slider(0, 30, 0);
    private final MarkedSlider dateControl = new MarkedSlider(dateSlider, "", "core-expiry-mark");
    private final CheckBox plus3 = new CheckBox("T+3");
    private final CheckBox plus7 = new CheckBox("T+7");
    private java.util.OptionalDouble coreExpiryDays = java.util.OptionalDouble.empty();
    private Object eventLabelsKey;
    // The what-if read-outs and the solve lines take one line each whatever they say (full text in the tooltip):
    // a line that wrapped mid-drag moved the sliders below it under the pointer (issue 27 §2).
    private final Label dateValue = new OneLine();
    private final DatePicker targetDate = new DatePicker();
    private final Label targetValue = new OneLine();
    /** The VIX-shift slider spans −10 … +30 points, and never below the shift that takes VIX to its minimum. */
    static final double VIX_SHIFT_SLIDER_MIN = -10;
    private final Slider vixSlider = new Slider(VIX_SHIFT_SLIDER_MIN, 30, 0);
    private final Label vixValue = new OneLine();
    private final Label neutralSizes = new OneLine();
    private final Label solveMessage = new OneLine();
    private boolean updating;

    public TuningPanel(ScenarioViewModel vm) {
        this.vm = vm;
        this.solveAction = vm.hedge()::solveHedge;
        this.hedges = new HedgeSliders(vm);
        getStyleClass().addAll("side-panel", "tuning-panel");
        setId("tuningPanel");
        Label title = new Label("Tuning");
        title.getStyleClass().add("panel-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("panel-header");
        getChildren().addAll(header, hedgeTitle(), hedges, solveRow(), neutralSizes(), solveMessage(),
                sectionTitle("What if (not saved)"), whatIfGrid());
        vm.scenarioProperty().addListener((obs, old, s) -> refreshScenario());
        vm.live().settingsProperty().addListener((obs, old, s) -> refreshSettings());
        vm.live().analysisProperty().addListener((obs, old, a) -> refreshAnalysis(a));
        refreshScenario();
        refreshSettings();
    }

    /** The hedge layers "Make vega-neutral" can size; the one chosen stays chosen while it exists. */
    private void refreshHedgeChoices() {
        List<Layer> layers = vm.scenario().layers();
        List<HedgeChoice> choices = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).role() == LayerRole.HEDGE) {
                choices.add(new HedgeChoice(i, layers.get(i).name()));
            }
        }
        if (!choices.equals(solveLayer.getItems())) {
            HedgeChoice previous = solveLayer.getValue();
            solveLayer.getItems().setAll(choices);
            int fallback = vm.hedge().defaultHedgeLayer();
            solveLayer.setValue(choices.contains(previous) ? previous
                    : choices.stream().filter(c -> c.index() == fallback).findFirst().orElse(null));
        }
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** "Hedge size" with the whole-contracts switch on its right. */
    private HBox hedgeTitle() {
        Label title = sectionTitle("Hedge size");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CheckBox whole = hedges.wholeContractsSwitch();
        whole.getStyleClass().add("compact");
        HBox row = new HBox(6, title, spacer, whole);
        row.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        return row;
    }

    /** What a gesture on a live layer's slider does when it ends: trade layer {@code index} to {@code size}. */
    public void setLiveResize(java.util.function.ObjDoubleConsumer<Integer> action) {
        hedges.setLiveResize(action);
    }

    private HBox solveRow() {
        solveLayer.setId("solveLayer");
        solveLayer.getStyleClass().add(Names.GIVES_WAY);
        org.condordesk.ui.widget.ArrowKeys.step(solveLayer);
        solveLayer.setMaxWidth(Double.MAX_VALUE);
        solveLayer.setMinWidth(SOLVE_CHOICE_MIN_WIDTH);
        Tips.on(solveLayer, "The hedge layer whose size Make vega-neutral sets");
        solveLayer.valueProperty().addListener((obs, old, choice) -> Tips.set(solveLayer,
                choice == null ? "The hedge layer whose size Make vega-neutral sets"
                        : "Make vega-neutral sets the size of layer " + (choice.index() + 1) + ": " + choice.name()));
        HBox.setHgrow(solveLayer, Priority.ALWAYS);
        Button solve = new Button("Make vega-neutral");
        solve.setId("makeNeutral");
        solve.getStyleClass().add("accent");
        solve.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        solve.setOnAction(e -> solveSelected());
        Tips.on(solve, "Set the chosen hedge layer's size so that net VIX vega is zero (closed form; Ctrl+E). "
                + "Uses the analysis date and VIX shift shown.");
        solve.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(solveLayer.getItems()));
        HBox row = new HBox(6, solveLayer, solve);
        row.getStyleClass().add("solve-row");
        return row;
    }

    /** Solves for the chosen hedge layer (or the default one). */
    public void solveSelected() {
        HedgeChoice choice = solveLayer.getValue();
        int index = choice != null ? choice.index() : vm.hedge().defaultHedgeLayer();
        if (index >= 0) {
            solveAction.accept(index);
        }
    }

    /** What "Make vega-neutral" does with the chosen layer: by default the closed-form size; the window offers whole contracts. */
    public void setSolveAction(java.util.function.IntConsumer action) {
        solveAction = action;
    }

    /** The chosen layer's vega-neutral size under the scenario's vol response and under the other one (model risk). */
    private Label neutralSizes() {
        neutralSizes.setId("neutralSizes");
        neutralSizes.getStyleClass().add("solve-message");
        Tips.on(neutralSizes, "The size that makes net VIX vega zero depends on how SPX vols answer a VIX move "
                + "(Vol model tab, docs/model.md §4): the second figure is the size under the other response");
        solveLayer.valueProperty().addListener((obs, old, choice) -> refreshAnalysis(vm.analysis()));
        return neutralSizes;
    }

    /** The last solve's outcome: always its one line, so its appearing moves nothing below it. */
    private Label solveMessage() {
        solveMessage.setId("solveMessage");
        solveMessage.getStyleClass().add("solve-message");
        solveMessage.textProperty().bind(vm.hedge().solveMessageProperty());
        return solveMessage;
    }

    private GridPane whatIfGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("what-if-grid");
        ColumnConstraints label = new ColumnConstraints(62);
        ColumnConstraints control = new ColumnConstraints();
        control.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, control);
        for (Label value : List.of(dateValue, targetValue, vixValue)) {
            value.getStyleClass().add("slider-hint");
        }
        Button reset = new Button("Reset what-if");
        reset.setId("resetShifts");
        reset.getStyleClass().add("compact");
        reset.setOnAction(e -> vm.live().resetShifts());
        Tips.on(reset, "Back to today, auto T+n and no VIX shift (Ctrl+0)");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        grid.addRow(0, key("Date"), dateControl());
        grid.add(dateValue, 1, 1);
        grid.addRow(2, key("T+n"), targetControl());
        grid.add(targetValue, 1, 3);
        grid.addRow(4, key("Lines"), linesControl());
        grid.addRow(5, key("VIX shift"), vixControl());
        grid.add(vixValue, 1, 6);
        grid.add(new HBox(spacer, reset), 0, 7, 2, 1);
        return grid;
    }

    /** The extra T+n lines on the risk graph: a few days out, as ONE and OptionVue draw them. */
    private HBox linesControl() {
        plus3.setId("curvePlus3");
        plus7.setId("curvePlus7");
        Tips.on(plus3, "Draw the P&L 3 days after the analysis date on the risk graph (dotted)");
        Tips.on(plus7, "Draw the P&L 7 days after the analysis date on the risk graph (dotted)");
        for (CheckBox box : List.of(plus3, plus7)) {
            box.setOnAction(e -> vm.live().setExtraCurveOffsets(extraOffsets()));
        }
        return new HBox(10, plus3, plus7);
    }

    private List<Double> extraOffsets() {
        List<Double> offsets = new ArrayList<>();
        if (plus3.isSelected()) {
            offsets.add(3.0);
        }
        if (plus7.isSelected()) {
            offsets.add(7.0);
        }
        return offsets;
    }

    private MarkedSlider dateControl() {
        dateSlider.setId("dateSlider");
        dateSlider.setBlockIncrement(1);
        dateSlider.setMajorTickUnit(1);
        dateSlider.setMinorTickCount(0);
        dateSlider.setShowTickMarks(true);
        // Event marks (issue 19): a tick label only on the days of the scenario's events (F, C, P, E).
        dateSlider.setShowTickLabels(true);
        dateSlider.setLabelFormatter(new EventDayLabels(vm));
        dateValue.setId("dateValue");
        Tips.on(dateSlider, "Analysis date: days after the valuation time. Greeks, T+0 curve and decay start there; "
                + "SPX vols keep their tenor, VIX futures roll down the curve.");
        dateSlider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                // Whole days, except near the core expiry: there the date lands on the expiry itself.
                vm.live().setShiftDays(Horizon.snap(value.doubleValue(), coreExpiryDays));
            }
        });
        dateControl.setId("dateControl");
        return dateControl;
    }

    private HBox targetControl() {
        targetDate.setId("targetDate");
        targetDate.setConverter(EditCell.isoDates());
        targetDate.setPromptText("auto");
        targetDate.setMaxWidth(Double.MAX_VALUE);
        Tips.on(targetDate, "Date of the T+n curve and the heatmap; empty = halfway to the core expiry");
        targetDate.valueProperty().addListener((obs, old, date) -> {
            if (!updating) {
                vm.live().setTargetDate(date);
            }
        });
        Button auto = Buttons.compact("targetAuto", "Auto", "T+n halfway to the core expiry", () -> targetDate.setValue(null));
        targetValue.setId("targetValue");
        HBox row = new HBox(4, targetDate, auto);
        HBox.setHgrow(targetDate, Priority.ALWAYS);
        return row;
    }

    private Slider vixControl() {
        vixSlider.setId("vixShiftSlider");
        vixSlider.setMajorTickUnit(10);
        vixSlider.setMinorTickCount(1);
        vixSlider.setShowTickMarks(true);
        vixSlider.setBlockIncrement(0.5);
        Tips.on(vixSlider, "Parallel move of spot VIX in points: SPX vols move by w(τ) and VIX futures by b(τ) per point "
                + "(vol factor model)");
        vixSlider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                vm.live().setVixShift(Math.round(value.doubleValue() * 10) / 10.0);
            }
        });
        vixValue.setId("vixShiftValue");
        return vixSlider;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("slider-name");
        return label;
    }

    private void refreshScenario() {
        refreshHedgeChoices();
        updating = true;
        try {
            dateSlider.setMax(Math.max(1, Math.ceil(Horizon.lastExpiryDays(vm.scenario()))));
            // Spot VIX may not be shifted below the lowest a scenario may hold (the engine refuses it).
            vixSlider.setMin(Math.max(VIX_SHIFT_SLIDER_MIN, AnalysisSettings.minVixShift(vm.scenario().market().vixSpot())));
            // A new formatter rebuilds every tick label: only when the events or the valuation date changed, not on
            // every step of a hedge-slider drag.
            Object labelsKey = java.util.List.of(vm.scenario().events(), vm.scenario().valuationTime().toLocalDate());
            if (!labelsKey.equals(eventLabelsKey)) {
                eventLabelsKey = labelsKey;
                dateSlider.setLabelFormatter(new EventDayLabels(vm));
            }
        } finally {
            updating = false;
        }
        if (vm.live().settings().vixShiftPoints() < vixSlider.getMin()) {
            vm.live().setVixShift(vixSlider.getMin());
        }
        coreExpiryDays = Horizon.coreExpiryDays(vm.scenario());
        java.time.ZonedDateTime valuation = vm.scenario().valuationInstant();
        dateControl.mark().setText("▲ core exp");
        dateControl.setMark(coreExpiryDays.orElse(Double.NaN), coreExpiryDays.isEmpty() ? null
                : "The core expiry, " + Fmt.dateTime(org.condordesk.market.Tenor.atClockDays(valuation,
                        coreExpiryDays.getAsDouble()).toLocalDateTime())
                        + " ET: the date slider snaps to it within half a day");
        refreshSettings();
    }

    private void refreshSettings() {
        AnalysisSettings settings = vm.live().settings();
        updating = true;
        try {
            if (!dateSlider.isValueChanging()) {
                dateSlider.setValue(settings.shiftDays());
            }
            targetDate.setValue(settings.targetDate().orElse(null));
            if (!vixSlider.isValueChanging()) {
                vixSlider.setValue(settings.vixShiftPoints());
            }
        } finally {
            updating = false;
        }
        plus3.setSelected(settings.extraCurveOffsetsDays().contains(3.0));
        plus7.setSelected(settings.extraCurveOffsetsDays().contains(7.0));
        showDate(settings.shiftDays());
        showVixLevel();
    }

    /** The shift as set, and the spot VIX the last analysis used. */
    private void showVixLevel() {
        Analysis analysis = vm.analysis();
        vixValue.setText(Fmt.signed(vm.live().settings().vixShiftPoints(), 1) + " pts"
                + (analysis == null ? "" : " → VIX " + Fmt.number(analysis.vixSpot(), 2)));
    }

    /** "T+3 · Sat 28 Nov", "T+14 · Wed 09 Dec 16:00 · core expiry", then "… · core settled" past it. */
    private void showDate(double shiftDays) {
        // Clock days: T+3 from Friday 15:00 is Monday 15:00 across a daylight-saving change (market.Tenor).
        java.time.LocalDateTime at = org.condordesk.market.Tenor.atClockDays(vm.scenario().valuationInstant(), shiftDays)
                .toLocalDateTime();
        boolean atCore = coreExpiryDays.isPresent() && shiftDays == coreExpiryDays.getAsDouble();
        boolean pastCore = coreExpiryDays.isPresent() && shiftDays > coreExpiryDays.getAsDouble();
        String date = atCore ? Fmt.dayDate(at.toLocalDate()) + " " + at.toLocalTime() : Fmt.dayDate(at.toLocalDate());
        dateValue.setText("T+" + Fmt.number(Math.floor(shiftDays), 0) + " · " + date
                + (atCore ? " · core expiry" : pastCore ? " · core settled" : ""));
        dateValue.pseudoClassStateChanged(SETTLED, atCore || pastCore);
    }

    private void refreshAnalysis(Analysis analysis) {
        if (analysis != null) {
            showVixLevel();
            targetValue.setText("T+n curve and heatmap at " + Fmt.dayDate(analysis.targetCurve().at().toLocalDate()));
            HedgeChoice choice = solveLayer.getValue();
            int index = choice != null ? choice.index() : vm.hedge().defaultHedgeLayer();
            neutralSizes.setText(analysis.hedgeSolves().stream().filter(h -> h.layerIndex() == index).findFirst()
                    .map(h -> "Neutral size " + (Double.isFinite(h.multiplier()) ? Fmt.multiplier(h.multiplier()) : Fmt.NONE)
                            + " (" + analysis.volResponse().key() + ") · " + GreeksPanel.otherSize(h) + " if "
                            + analysis.otherVolResponse().key())
                    .orElse(""));
        }
    }
}
