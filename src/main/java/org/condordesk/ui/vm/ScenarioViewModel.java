package org.condordesk.ui.vm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.condordesk.market.EventCalendar;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.WholeContracts;
import org.condordesk.signals.HedgeSizing;
import org.condordesk.trade.PlanPricing;

/**
 * The workstation's state and commands: the current immutable {@link Scenario}, the analysis settings
 * (time shift, T+n date, VIX shift), the latest {@link Analysis}, the file, the dirty flag and undo/redo.
 * Every edit builds a new scenario; one that would be invalid is refused with its one-line reason and
 * leaves the scenario unchanged. Call it on the FX thread.
 */
public final class ScenarioViewModel {

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper messageDetail = new ReadOnlyStringWrapper(this, "messageDetail", "");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyStringWrapper solveMessage = new ReadOnlyStringWrapper(this, "solveMessage", "");
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", 0);
    private final ReadOnlyObjectWrapper<LibraryOrigin> libraryOrigin = new ReadOnlyObjectWrapper<>(this, "libraryOrigin");
    private final UndoHistory history = new UndoHistory();
    private EventCalendar eventCalendar = EventCalendar.bundled();
    private final LiveAnalysis live;
    private final PositionCommands positions = new PositionCommands(this);
    private Scenario saved;
    private int pendingSolve = -1;

    public ScenarioViewModel(AnalysisService service, Scenario initial, Path file) {
        this.live = new LiveAnalysis(service, scenario::get, this::afterAnalysis);
        load(initial, file);
    }

    /** Mark live, close, roll, adjust, resize and the trade log: the trade lifecycle's commands. */
    public PositionCommands positions() {
        return positions;
    }

    /** The library version the open scenario was opened from or last saved as. */
    public record LibraryOrigin(String name, int version) {
    }

    // ---- state -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** Settings, latest analysis and latency. */
    public LiveAnalysis live() {
        return live;
    }

    public Analysis analysis() {
        return live.analysis();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** The library version the scenario was opened from or last saved as; null when it has not been there. */
    public ReadOnlyObjectProperty<LibraryOrigin> libraryOriginProperty() {
        return libraryOrigin.getReadOnlyProperty();
    }

    public LibraryOrigin libraryOrigin() {
        return libraryOrigin.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The status line: the last refused edit's reason, or what the last command did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The refused input's technical form (with its JSON path), for the status line's tooltip; empty otherwise. */
    public ReadOnlyStringProperty messageDetailProperty() {
        return messageDetail.getReadOnlyProperty();
    }

    /** "Undo change strike", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo change strike", or "Redo" when there is nothing to redo. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** What the last "Make vega-neutral" did, or why it could not. */
    public ReadOnlyStringProperty solveMessageProperty() {
        return solveMessage.getReadOnlyProperty();
    }

    /** Index of the layer whose legs are shown. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    // ---- generic edit ------------------------------------------------------------------------------------

    /**
     * Applies {@code change} as one undoable step named {@code what} ("change strike": the Undo menu item reads
     * "Undo change strike"). An invalid result is refused: the scenario stays as it was, the reason goes to the
     * status line in the trader's words ({@link PlainErrors}) and is returned. Any other exception is a bug
     * in the edit and is not caught: commands check their indices before they edit.
     */
    public Optional<String> edit(String what, UnaryOperator<Scenario> change) {
        Scenario before = scenario.get();
        Scenario after;
        try {
            after = change.apply(before);
        } catch (ValidationException e) {
            return refuse(e);
        }
        if (!after.equals(before)) {
            history.record(before, what);
            setScenario(after);
        }
        info("");
        return Optional.empty();
    }

    /** Reports input refused before it became an edit (text that is no number); the scenario is unchanged. */
    public Optional<String> refuseInput(ValidationException reason) {
        return refuse(reason);
    }

    /** Reports input refused before it became an edit, in words already fit for the trader. */
    public Optional<String> refuseInput(String reason) {
        return refuse(reason, reason);
    }

    /**
     * Reports a failure that is not the trader's input (a file that cannot be read or written, crash recovery
     * that cannot start) in the status line, in red.
     */
    public void reportFailure(String reason) {
        refuse(reason, reason);
    }

    private Optional<String> refuse(ValidationException e) {
        return refuse(PlainErrors.of(e), e.getMessage());
    }

    private Optional<String> refuse(String reason, String detail) {
        message.set(reason);
        messageDetail.set(detail);
        messageIsError.set(true);
        return Optional.of(reason);
    }

    /** Shows what a command did in the status line. */
    public void inform(String text) {
        info(text);
    }

    private void info(String text) {
        message.set(text);
        messageDetail.set("");
        messageIsError.set(false);
    }

    /** Groups the edits until {@link #endGesture} (a slider drag) into one undo step. */
    public void beginGesture() {
        history.beginGesture();
    }

    public void endGesture() {
        history.endGesture();
    }

    public void undo() {
        history.undo(scenario.get()).ifPresentOrElse(step -> {
            setScenario(step.scenario());
            info("Undone: " + step.action());
        }, () -> info("Nothing to undo"));
    }

    public void redo() {
        history.redo(scenario.get()).ifPresentOrElse(step -> {
            setScenario(step.scenario());
            info("Redone: " + step.action());
        }, () -> info("Nothing to redo"));
    }

    // ---- layers ------------------------------------------------------------------------------------------

    /** Adds a plan layer; in a live position its legs are opened (fills at mid, or model without a quote). */
    public Optional<String> addLayer(Layer layer) {
        Optional<String> error = scenario.get().isLive() ? positions.openLayer(layer) : edit("add layer", s -> s.plusLayer(layer));
        if (error.isEmpty()) {
            selectedLayer.set(scenario.get().layers().size() - 1);
        }
        return error;
    }

    /**
     * Adds a layer built by a template, with the ETF price it brings when the market had none (one undo step). In a
     * live position the layer is opened: its legs are fills at mid, or model without a quote.
     */
    public Optional<String> addLayer(LayerTemplates.Built built) {
        Optional<String> error = scenario.get().isLive() ? positions.openLayer(built) : edit("add layer", built::applyTo);
        if (error.isEmpty()) {
            selectedLayer.set(scenario.get().layers().size() - 1);
        }
        return error;
    }

    public Optional<String> duplicateLayer(int index) {
        Optional<String> missing = missingLayer(index);
        if (missing.isPresent()) {
            return missing;
        }
        if (scenario.get().isLive()) {
            return refuseInput("A live layer holds traded contracts: duplicating it would invent fills (add a layer instead)");
        }
        Optional<String> error = edit("duplicate layer", s -> {
            Layer layer = s.layers().get(index);
            String name = layer.name() + " (copy)";
            return s.plusLayer(layer.withName(Layer.shortened(name)));
        });
        if (error.isEmpty()) {
            selectedLayer.set(scenario.get().layers().size() - 1);
        }
        return error;
    }

    public Optional<String> deleteLayer(int index) {
        return missingLayer(index).or(() -> edit("delete layer", s -> s.minusLayer(index)));
    }

    /** The refusal when no layer {@code index} exists (an empty book, nothing selected), else empty. */
    private Optional<String> missingLayer(int index) {
        int count = scenario.get().layers().size();
        if (index >= 0 && index < count) {
            return Optional.empty();
        }
        return refuse(count == 0 ? "The book has no layer yet: add one first (Ctrl+L)" : "Select a layer first", "");
    }

    /** The refusal when layer {@code layerIndex} has no leg {@code legIndex}, else empty. */
    private Optional<String> missingLeg(int layerIndex, int legIndex) {
        return missingLayer(layerIndex).or(() -> {
            int count = scenario.get().layers().get(layerIndex).legs().size();
            return legIndex >= 0 && legIndex < count ? Optional.empty() : refuse("Select a leg first", "");
        });
    }

    public Optional<String> renameLayer(int index, String name) {
        return editLayer(index, "rename layer", l -> l.withName(name.strip()));
    }

    public Optional<String> setLayerEnabled(int index, boolean enabled) {
        return editLayer(index, enabled ? "enable layer" : "disable layer", l -> l.withEnabled(enabled));
    }

    public Optional<String> setLayerRole(int index, LayerRole role) {
        return editLayer(index, "change layer role", l -> l.withRole(role));
    }

    /**
     * A plan layer's size multiplier (a fractional one is a what-if). A live layer is resized by trading
     * ({@link #setLayerSizeText}), never by scaling its fills: a slider cannot move it.
     */
    public Optional<String> setLayerSize(int index, double sizeMultiplier) {
        if (scenario.get().isLive() && index >= 0 && index < scenario.get().layers().size()
                && sizeMultiplier != scenario.get().layers().get(index).sizeMultiplier()) {
            return refuseInput("A live layer holds real contracts: type its new size in the layers table (a trade at mid) "
                    + "or pick whole contracts with Make vega-neutral");
        }
        return editLayer(index, "resize layer", l -> l.withSize(sizeMultiplier));
    }

    /**
     * The size multiplier as typed: {@code 2.5}, {@code ×2.5} or {@code 2.5x}. In a live position it is a trade:
     * the layer's open contracts times the size, at mid (docs/user-guide.md).
     */
    public Optional<String> setLayerSizeText(int index, String text) {
        String cleaned = text.strip().replace("×", "").replace("x", "").replace("X", "");
        try {
            double size = LegEdits.number("sizeMultiplier", cleaned);
            if (scenario.get().isLive()) {
                return size == 1 ? Optional.empty() : positions.resize(index, size);
            }
            return setLayerSize(index, size);
        } catch (ValidationException e) {
            return refuse(e.under("layers[" + index + "]"));
        }
    }

    private Optional<String> editLayer(int index, String what, UnaryOperator<Layer> change) {
        Optional<String> missing = missingLayer(index);
        if (missing.isPresent()) {
            return missing;
        }
        return edit(what, s -> {
            try {
                return s.withLayer(index, change.apply(s.layers().get(index)));
            } catch (ValidationException e) {
                throw e.path().startsWith("layers[") ? e : e.under("layers[" + index + "]");
            }
        });
    }

    // ---- legs --------------------------------------------------------------------------------------------

    public Optional<String> addLeg(int layerIndex, Leg leg) {
        return editLayer(layerIndex, "add leg", l -> l.plusLeg(leg));
    }

    /** Adds the leg {@code create} builds from the scenario and the layer (a default leg priced at model). */
    public Optional<String> addLeg(int layerIndex, java.util.function.BiFunction<Scenario, Layer, Leg> create) {
        Optional<String> missing = missingLayer(layerIndex);
        if (missing.isPresent()) {
            return missing;
        }
        if (scenario.get().isLive()) {
            // A live position trades the new leg: one opening fill at mid, or model without a quote.
            Leg leg;
            try {
                leg = create.apply(scenario.get(), scenario.get().layers().get(layerIndex));
            } catch (ValidationException e) {
                return refuse(e);
            }
            return positions.openLegs(layerIndex, List.of(leg));
        }
        return edit("add leg", s -> s.mapLayer(layerIndex, l -> l.plusLeg(create.apply(s, l))));
    }

    public Optional<String> removeLeg(int layerIndex, int legIndex) {
        if (scenario.get().isLive()) {
            return refuseInput("A live leg is closed, not removed (Position › Close leg…); a wrong fill is deleted in the "
                    + "trade log");
        }
        return missingLeg(layerIndex, legIndex).or(() -> editLayer(layerIndex, "remove leg", l -> l.minusLeg(legIndex)));
    }

    /**
     * One cell of the legs table, as typed. In a plan, changing what a leg is (right, strike, expiry, settlement)
     * or how many re-prices its entry at the mid of its quote, else at the model price, and says so: the plan shows
     * what the trade would cost now, never a phantom P&L (docs/user-guide.md). A changed instrument drops the old
     * contract's bid/ask.
     */
    public Optional<String> editLeg(int layerIndex, int legIndex, LegField field, String text) {
        Optional<String> missing = missingLeg(layerIndex, legIndex);
        if (missing.isPresent()) {
            return missing;
        }
        String[] repriced = new String[1];
        Optional<String> error = edit("change " + field.label(), s -> {
            Layer layer = s.layers().get(layerIndex);
            Leg before = layer.legs().get(legIndex);
            Leg updated;
            try {
                updated = LegEdits.apply(before, field, text);
            } catch (ValidationException e) {
                throw e.under("layers[" + layerIndex + "].legs[" + legIndex + "]");
            }
            if (!updated.instrument().equals(before.instrument())) {
                updated = updated.withQuote(null);
            }
            Scenario changed = s.withLayer(layerIndex, layer.withLeg(legIndex, updated));
            if (s.isLive() || !LegEdits.repricesEntry(field) || updated.equals(before)) {
                return changed;
            }
            PlanPricing.Repriced result = PlanPricing.repriceLeg(changed, layerIndex, legIndex);
            repriced[0] = result.message();
            return result.scenario();
        });
        if (error.isEmpty() && repriced[0] != null) {
            info(repriced[0]);
        }
        return error;
    }

    // ---- hedge solve -------------------------------------------------------------------------------------

    /**
     * Sizes hedge layer {@code layerIndex} so that net VIX vega is zero, from the engine's closed-form solve
     * (at the analysis date and VIX shift shown). If the analysis on screen is older than the scenario, the
     * solve waits for the fresh one: the view never computes.
     */
    public void solveHedge(int layerIndex) {
        if (live.isFor(scenario.get())) {
            applySolve(layerIndex);
        } else {
            pendingSolve = layerIndex;
        }
    }

    private void applySolve(int layerIndex) {
        CoreState core = CoreState.of(live.analysis());
        if (core.settled()) {
            solveRefused("The core has settled by the analysis date: there is no condor vega to hedge. "
                    + "Move the date back (Ctrl+0 resets it) to size the hedge.");
            return;
        }
        Optional<HedgeSolve> found = live.analysis().hedgeSolves().stream()
                .filter(h -> h.layerIndex() == layerIndex).findFirst();
        if (found.isEmpty()) {
            solveRefused("Choose a HEDGE layer to solve: layer " + (layerIndex + 1) + " is not one.");
            return;
        }
        HedgeSolve solve = found.get();
        if (!solve.feasible()) {
            String need = Double.isFinite(solve.multiplier()) ? " (it would need ×" + String.format("%.2f", solve.multiplier()) + ")" : "";
            solveRefused("Cannot make vega-neutral with '" + solve.layerName() + "': " + solve.message() + need + ".");
            return;
        }
        if (scenario.get().isLive()) {
            solveRefused("A live layer trades whole contracts: pick one of the whole-contract sizes (Make vega-neutral "
                    + "in the tuning panel lists them).");
            return;
        }
        double size = Math.round(solve.multiplier() * 1e4) / 1e4;
        if (layerIndex >= scenario.get().layers().size()) {
            solveRefused("Layer " + (layerIndex + 1) + " no longer exists.");
            return;
        }
        Optional<String> error = edit("make vega-neutral", s -> s.mapLayer(layerIndex, l -> l.withEnabled(true).withSize(size)));
        if (error.isPresent()) {
            solveRefused(error.get());
        } else {
            boolean whole = WholeContracts.isWhole(scenario.get().layers().get(layerIndex), size);
            solveMessage.set("'" + solve.layerName() + "' set to ×" + String.format("%.4f", size) + ": net VIX vega ≈ 0"
                    + (whole ? "." : " (what if: not whole contracts; pick a whole size to trade it)."));
            info(solveMessage.get());
        }
    }

    private void solveRefused(String reason) {
        solveMessage.set(reason);
        refuse(reason, reason);
    }

    // ---- files -------------------------------------------------------------------------------------------

    /** Replaces the scenario (open, new, recover): history cleared, clean unless {@code dirtyAfter}. */
    public void load(Scenario loaded, Path from) {
        load(loaded, from, false);
    }

    public void load(Scenario loaded, Path from, boolean dirtyAfter) {
        history.clear();
        saved = dirtyAfter ? null : loaded;
        file.set(from);
        libraryOrigin.set(null);
        selectedLayer.set(0);
        solveMessage.set("");
        setScenario(loaded);
        info("");
    }

    /** A new empty position in the current market and model, with the calendar's events in its horizon. */
    public void newScenario() {
        Scenario current = scenario.get();
        LocalDate today = current.valuationTime().toLocalDate();
        load(new Scenario("Untitled", "", List.of(), current.valuationTime(), current.market(), current.model(),
                eventCalendar.between(today, today.plusDays(EventCalendar.DEFAULT_HORIZON_DAYS)), List.of()), null);
    }

    // ---- event calendar and the adaptive hedge (issue 19) ------------------------------------------------

    /** The calendar new scenarios and "Add calendar events" draw from (bundled FOMC dates plus custom events). */
    public void setEventCalendar(EventCalendar calendar) {
        eventCalendar = calendar;
    }

    public EventCalendar eventCalendar() {
        return eventCalendar;
    }

    /** Adds the calendar's events from the valuation date to the last expiry that the scenario lacks; one undo step. */
    public Optional<String> addCalendarEvents() {
        return edit("add calendar events", s -> {
            List<MarketEvent> merged = new ArrayList<>(s.events());
            eventCalendar.between(s.valuationTime().toLocalDate(), EventCalendar.horizonEnd(s)).stream()
                    .filter(e -> !merged.contains(e)).forEach(merged::add);
            merged.sort(Comparator.comparing(MarketEvent::date));
            return s.withEvents(merged);
        });
    }

    /** Sets the ALVH target HEDGE layer to {@code size} (in the rule set's unit): the Signals window's Apply, undoable. */
    public Optional<String> applyAlvhSize(double size) {
        Optional<String> error = edit("apply ALVH", s -> HedgeSizing.apply(s, size));
        if (error.isEmpty()) {
            Scenario now = scenario.get();
            info("ALVH: " + now.layers().get(HedgeSizing.targetLayer(now)).name() + " set to " + Check.format(size) + " "
                    + (now.alvh().unit() == AlvhRuleSet.SizeUnit.CONTRACTS ? "contracts" : "× base"));
        }
        return error;
    }

    /**
     * Opens version {@code version} of a library scenario: not tied to a file (Save asks where), clean, history
     * cleared.
     */
    public void loadFromLibrary(Scenario loaded, int version) {
        load(loaded, null);
        libraryOrigin.set(new LibraryOrigin(loaded.name(), version));
        info("Opened '" + loaded.name() + "' version " + version + " from the library");
    }

    /**
     * {@code savedScenario} (the scenario as it was when the save was asked for) is now version {@code version}
     * in the library. A scenario not tied to a file lives in the library, so it is clean if it has not changed
     * since; one with a file stays dirty until the file is saved.
     */
    public void markSavedToLibrary(Scenario savedScenario, int version) {
        libraryOrigin.set(new LibraryOrigin(savedScenario.name(), version));
        if (file.get() == null) {
            saved = savedScenario;
            dirty.set(!scenario.get().equals(saved));
        }
        info("Saved '" + savedScenario.name() + "' as version " + version + " in the library");
    }

    /** The current scenario was written to {@code to}. */
    public void markSaved(Path to) {
        saved = scenario.get();
        file.set(to);
        dirty.set(false);
        info("Saved " + to);
    }

    // ---- internals ---------------------------------------------------------------------------------------

    private void setScenario(Scenario value) {
        scenario.set(value);
        dirty.set(!value.equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoAction().map(a -> "Undo " + a).orElse("Undo"));
        redoText.set(history.redoAction().map(a -> "Redo " + a).orElse("Redo"));
        int layers = value.layers().size();
        if (selectedLayer.get() >= layers) {
            selectedLayer.set(Math.max(0, layers - 1));
        }
        requestAnalysis();
    }

    private void requestAnalysis() {
        live.request();
    }

    private void afterAnalysis(AnalysisService.Result result) {
        if (result.failed()) {
            refuse("Analysis: " + result.error(), result.error());
        } else if (pendingSolve >= 0 && live.isFor(scenario.get())) {
            int layer = pendingSolve;
            pendingSolve = -1;
            applySolve(layer);
        }
    }

    /** Index of the hedge layer a solve targets by default: the selected one if it is a hedge, else the last hedge. */
    public int defaultHedgeLayer() {
        List<Layer> layers = scenario.get().layers();
        int selected = selectedLayer.get();
        if (selected >= 0 && selected < layers.size() && layers.get(selected).role() == LayerRole.HEDGE) {
            return selected;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).role() == LayerRole.HEDGE) {
                return i;
            }
        }
        return -1;
    }
}
