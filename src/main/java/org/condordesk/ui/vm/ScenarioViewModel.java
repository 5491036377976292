package org.condordesk.ui.vm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.condordesk.market.ChainQuotes;
import org.condordesk.market.EventCalendar;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.ui.edit.UndoHistory;
import org.condordesk.ui.format.PlainErrors;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.StatusLine;

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
    private final StatusLine status = new StatusLine();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", 0);
    private final ObjectProperty<ChainQuotes> chainQuotes = new SimpleObjectProperty<>(this, "chainQuotes",
            ChainQuotes.none());
    private final ReadOnlyObjectWrapper<LibraryOrigin> libraryOrigin = new ReadOnlyObjectWrapper<>(this, "libraryOrigin");
    private final UndoHistory history = new UndoHistory();
    private EventCalendar eventCalendar = EventCalendar.bundled();
    private final LiveAnalysis live;
    private final PositionCommands positions = new PositionCommands(this);
    private final LayerCommands layers = new LayerCommands(this);
    private final LegCommands legs = new LegCommands(this, layers);
    private final HedgeCommands hedge = new HedgeCommands(this);
    private Scenario saved;

    public ScenarioViewModel(AnalysisService service, Scenario initial, Path file) {
        this.live = new LiveAnalysis(service, scenario::get, this::afterAnalysis);
        load(initial, file);
    }

    /** Mark live, close, roll, adjust, resize and the trade log: the trade lifecycle's commands. */
    public PositionCommands positions() {
        return positions;
    }

    /** Add, duplicate, delete, rename, enable, role and size of layers. */
    public LayerCommands layers() {
        return layers;
    }

    /** Add, remove and edit legs. */
    public LegCommands legs() {
        return legs;
    }

    /** Make vega-neutral and the ALVH size. */
    public HedgeCommands hedge() {
        return hedge;
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
    public StatusLine status() {
        return status;
    }

    /** The status line's text: the last refused edit's reason, or what the last command did. */
    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    /** The refused input's technical form (with its JSON path), for the status line's tooltip; empty otherwise. */
    public ReadOnlyStringProperty messageDetailProperty() {
        return status.messageDetailProperty();
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
        return status.messageIsErrorProperty();
    }

    /** Index of the layer whose legs are shown. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    /**
     * The quotes of the chains the windows have loaded (the strike ladder's SPX and VIX chains, the chain window's
     * file): strike and expiry edits, wing moves, rolls, closes and "Reset entries to market" price from them
     * (issue 31 §2). {@link ChainQuotes#none()} when no chain is loaded; never null.
     */
    public ObjectProperty<ChainQuotes> chainQuotesProperty() {
        return chainQuotes;
    }

    public ChainQuotes chainQuotes() {
        ChainQuotes quotes = chainQuotes.get();
        return quotes == null ? ChainQuotes.none() : quotes;
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

    /** A failure in the trader's words ({@code reason}), with the paths and internals in the tooltip ({@code detail}). */
    public void reportFailure(String reason, String detail) {
        refuse(reason, detail);
    }

    /**
     * A background job's failure: the window says what failed ({@code what}, "Stress and capital") and why in the
     * trader's words (a refusal without its JSON path or enum names, a bug as an internal error); the tooltip keeps
     * the worker's own line, which the worker has also logged.
     */
    public void reportFailure(String what, org.condordesk.ui.work.Worker.Failure failure) {
        String words = failure.kind() == org.condordesk.ui.work.Worker.Failure.Kind.BUG
                ? "an internal error stopped it (the log has the details)" : PlainErrors.ofMessage(failure.message());
        refuse(what + ": " + words, what + ": " + failure.message());
    }

    private Optional<String> refuse(ValidationException e) {
        return refuse(PlainErrors.of(e), e.getMessage());
    }

    /** Shows {@code reason} in red ({@code detail} in the tooltip) and returns it: the commands' refusal. */
    Optional<String> refuse(String reason, String detail) {
        status.fail(reason, detail);
        return Optional.of(reason);
    }

    /** Shows what a command did in the status line. */
    public void inform(String text) {
        info(text);
    }

    private void info(String text) {
        status.inform(text);
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
        hedge.clear();
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
                    .filter(e -> merged.stream().noneMatch(m -> m.date().equals(e.date()) && m.kind() == e.kind()))
                    .forEach(merged::add);
            merged.sort(Comparator.comparing(MarketEvent::date));
            return s.withEvents(merged);
        });
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
        } else {
            hedge.analysisApplied();
        }
    }
}
