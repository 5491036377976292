package org.condordesk.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.condordesk.app.LibrarySummaries;
import org.condordesk.model.Scenario;
import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.Listing;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.work.StatusLine;

/**
 * The library browser's state and commands: the scenarios listed (live or deleted, filtered by the search text
 * as it is typed), the selected one's versions, and save, open, rename, delete, restore, purge, export, import
 * and compare. Every command runs on the {@link LibraryAccess} thread and reports in {@link #messageProperty()}
 * in one line; a list that arrives after a newer request was made is dropped. Call it on the FX thread.
 */
public final class LibraryBrowserModel {

    /** A version of a scenario; version 0 means the latest. */
    public record VersionRef(String name, int version) {

        public VersionRef {
            Objects.requireNonNull(name, "name");
        }

        public String label() {
            return version == 0 ? name + " (latest)" : name + " v" + version;
        }
    }

    /** A scenario read from the library, with the version number it had. */
    public record Loaded(String name, int version, Scenario scenario) {
    }

    private final LibraryAccess access;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showDeleted = new SimpleBooleanProperty(this, "showDeleted");
    private final ObjectProperty<LibraryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<VersionRef> pinned = new SimpleObjectProperty<>(this, "pinned");
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding banner;
    private int inFlight;
    private boolean updatingEntries;
    private long listRequest;
    private long versionsRequest;

    public LibraryBrowserModel(LibraryAccess access) {
        this.access = access;
        this.banner = Bindings.createStringBinding(() -> bannerText(access.state()), access.stateProperty());
        search.addListener((obs, old, text) -> refresh());
        showDeleted.addListener((obs, old, deleted) -> {
            selected.set(null);
            refresh();
        });
        selected.addListener((obs, old, entry) -> {
            if (old == null || entry == null || !old.name().equals(entry.name()) || old.latestVersion() != entry.latestVersion()
                    || old.deleted() != entry.deleted()) {
                loadVersions(entry);
            }
        });
    }

    // ---- state -------------------------------------------------------------------------------------------

    public LibraryAccess access() {
        return access;
    }

    /** The scenarios shown: live ones matching the search, or the deleted ones. */
    public ObservableList<LibraryEntry> entries() {
        return entries;
    }

    /** Versions of the selected live scenario, oldest first. */
    public ObservableList<VersionInfo> versions() {
        return versions;
    }

    /** Name or tag text; the list follows it as it is typed. */
    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showDeletedProperty() {
        return showDeleted;
    }

    public ObjectProperty<LibraryEntry> selectedProperty() {
        return selected;
    }

    /** Side A of the next comparison, chosen with "Compare with…" (any scenario's version). */
    public ObjectProperty<VersionRef> pinnedProperty() {
        return pinned;
    }

    /** What the last command did, or why it could not (one line). */
    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return status.messageIsErrorProperty();
    }

    /** True while library work is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isIdle() {
        return inFlight == 0;
    }

    /** Why changes are refused (damaged, foreign or newer file), empty when the library can be changed. */
    public StringBinding bannerProperty() {
        return banner;
    }

    private static String bannerText(LibraryAccess.State state) {
        if (state.error().isPresent()) {
            return "Cannot use this library: " + state.error().get();
        }
        return state.readOnlyReason().map(reason -> "Read-only: " + reason).orElse("");
    }

    // ---- listing -----------------------------------------------------------------------------------------

    /** Lists the scenarios again (live ones matching the search, or the deleted ones). */
    public CompletableFuture<Void> refresh() {
        long request = ++listRequest;
        boolean deleted = showDeleted.get();
        String text = search.get() == null ? "" : search.get().strip();
        return run(library -> list(library, deleted, text), found -> {
            if (request == listRequest) {
                showEntries(found);
            }
        }, reason -> {
            if (request == listRequest) {
                showEntries(List.of());
            }
            // A file that cannot be opened is reported once, in the banner, not again on every keystroke.
            if (!access.state().error().filter(reason::equals).isPresent()) {
                refuse(reason);
            }
        });
    }

    private static List<LibraryEntry> list(ScenarioLibrary library, boolean deleted, String text) {
        if (!deleted) {
            return text.isEmpty() ? library.list() : library.search(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return library.listDeleted().filter(entry -> lower.isEmpty() || matches(entry, lower));
    }

    /** The message line for rows the library could not read: the first named, the count of the others. */
    private static String skippedRows(Listing<?> listing) {
        List<String> skipped = listing.skipped();
        return skipped.get(0) + (skipped.size() > 1 ? " (and " + (skipped.size() - 1) + " more unreadable rows)" : "");
    }

    private static boolean matches(LibraryEntry entry, String lower) {
        return entry.name().toLowerCase(Locale.ROOT).contains(lower)
                || entry.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(lower));
    }

    private void showEntries(List<LibraryEntry> found) {
        if (found instanceof Listing<LibraryEntry> listing && !listing.skipped().isEmpty()) {
            refuse(skippedRows(listing));
        }
        LibraryEntry before = selected.get();
        updatingEntries = true;
        try {
            entries.setAll(found);
        } finally {
            updatingEntries = false;
        }
        if (before != null) {
            selected.set(found.stream().filter(e -> e.name().equals(before.name())).findFirst().orElse(null));
        }
    }

    /** The table's selection: ignored while the list is being replaced (the table clears its selection then). */
    public void choose(LibraryEntry entry) {
        if (!updatingEntries) {
            selected.set(entry);
        }
    }

    /** Selects the entry called {@code name} if it is listed. */
    public void select(String name) {
        entries.stream().filter(e -> e.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    private void loadVersions(LibraryEntry entry) {
        long request = ++versionsRequest;
        if (entry == null || entry.deleted()) {
            versions.clear();
            return;
        }
        run(library -> library.versions(entry.name()), found -> {
            if (request == versionsRequest) {
                versions.setAll(found);
                if (!found.skipped().isEmpty()) {
                    refuse(skippedRows(found));
                }
            }
        });
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /**
     * Saves {@code scenario} as the next version of its name, with the summary computed by the engine on the
     * library thread; {@code onSaved} gets the new version, {@code onRefused} the one-line reason.
     */
    public CompletableFuture<Void> save(Scenario scenario, String note, Consumer<VersionInfo> onSaved, Consumer<String> onRefused) {
        return access.submit(library -> library.save(scenario, note, LibrarySummaries.of(scenario)), saved -> {
            onSaved.accept(saved);
            refresh();
        }, onRefused);
    }

    /** Reads a version (0 = the latest) to open it in the workstation. */
    public CompletableFuture<Void> load(VersionRef ref, Consumer<Loaded> onLoaded) {
        return run(library -> {
            Scenario scenario = ref.version() == 0 ? library.load(ref.name()) : library.load(ref.name(), ref.version());
            int number = ref.version() != 0 ? ref.version()
                    : library.versions(scenario.name()).stream().mapToInt(VersionInfo::version).max().orElse(0);
            return new Loaded(scenario.name(), number, scenario);
        }, onLoaded);
    }

    public CompletableFuture<Void> rename(String name, String newName) {
        String target = newName == null ? "" : newName.strip();
        return run(library -> {
            library.rename(name, target);
            return target;
        }, renamed -> {
            inform("Renamed '" + name + "' to '" + renamed + "'");
            refresh().thenRun(() -> select(renamed));
        });
    }

    /** Soft delete: the scenario keeps its versions and can be restored. */
    public CompletableFuture<Void> delete(String name) {
        return run(library -> {
            library.delete(name);
            return name;
        }, deleted -> {
            inform("Deleted '" + deleted + "': tick 'Show deleted' and Restore to bring it back");
            refresh();
        });
    }

    public CompletableFuture<Void> restore(String name) {
        return run(library -> {
            library.restore(name);
            return name;
        }, restored -> {
            inform("Restored '" + restored + "' with all its versions");
            refresh();
        });
    }

    /** Removes a deleted scenario and all its versions for good. */
    public CompletableFuture<Void> purge(String name) {
        return run(library -> library.purge(name), count -> {
            inform(count == 0 ? "Nothing to purge: '" + name + "' is not deleted"
                    : "Purged '" + name + "' and all its versions for good");
            refresh();
        });
    }

    /** Writes a version (0 = latest) to a scenario file, atomically. */
    public CompletableFuture<Void> export(VersionRef ref, Path file) {
        return run(library -> {
            library.export(ref.name(), ref.version(), file);
            return file;
        }, written -> inform("Exported " + ref.label() + " to " + written));
    }

    /** Imports scenario files as new versions: all of them, or none when one is invalid (the message names it). */
    public CompletableFuture<Void> importFiles(List<Path> files) {
        return run(library -> library.importFiles(files, null, LibrarySummaries::of), saved -> {
            inform("Imported " + saved.stream().map(v -> "'" + v.name() + "' v" + v.version()).collect(Collectors.joining(", ")));
            refresh();
        });
    }

    /** Switches to another database file (a missing one becomes a new library) and lists it. */
    public CompletableFuture<Void> changeDatabase(Path file) {
        entries.clear();
        versions.clear();
        selected.set(null);
        pinned.set(null);
        inform("");
        return access.use(file).thenCompose(ignored -> refresh());
    }

    /** Analyses two versions off the FX thread and hands their comparison (A = {@code a}) to {@code onCompared}. */
    public CompletableFuture<Void> compare(VersionRef a, VersionRef b, Consumer<VersionComparison> onCompared) {
        return compare(a, b, onCompared, this::refuse);
    }

    /** As {@link #compare(VersionRef, VersionRef, Consumer)}, with the one-line reason it failed to {@code onError}. */
    public CompletableFuture<Void> compare(VersionRef a, VersionRef b, Consumer<VersionComparison> onCompared,
                                           Consumer<String> onError) {
        return run(library -> VersionComparison.of(compared(library, a), compared(library, b)), onCompared, onError);
    }

    private static VersionComparison.ComparedVersion compared(ScenarioLibrary library, VersionRef ref) {
        List<VersionInfo> history = library.versions(ref.name());
        VersionInfo info = ref.version() == 0 ? history.get(history.size() - 1)
                : history.stream().filter(v -> v.version() == ref.version()).findFirst()
                .orElseThrow(() -> new org.condordesk.store.library.LibraryException("\"" + ref.name() + "\" has no version " + ref.version()));
        Scenario scenario = library.load(ref.name(), info.version());
        return new VersionComparison.ComparedVersion(info.name(), info.version(), info.savedAt(), info.note(), scenario,
                LibrarySummaries.analyze(scenario));
    }

    // ---- internals ---------------------------------------------------------------------------------------

    private <T> CompletableFuture<Void> run(LibraryAccess.Work<T> work, Consumer<T> onResult) {
        return run(work, onResult, this::refuse);
    }

    private <T> CompletableFuture<Void> run(LibraryAccess.Work<T> work, Consumer<T> onResult, Consumer<String> onError) {
        inFlight++;
        busy.set(true);
        return access.submit(work, result -> {
            finished();
            onResult.accept(result);
        }, reason -> {
            finished();
            onError.accept(reason);
        });
    }

    private void finished() {
        inFlight--;
        busy.set(inFlight > 0);
    }

    /** Shows what a command did. */
    public void inform(String text) {
        status.inform(text);
    }

    /** Shows why a command could not be done, on one line. */
    public void refuse(String reason) {
        String line = reason.replace('\n', ' ');
        status.fail(line, line);
    }
}
