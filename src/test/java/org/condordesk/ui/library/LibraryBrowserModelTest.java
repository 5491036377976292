package org.condordesk.ui.library;

import org.condordesk.testsupport.TestFiles;
import org.condordesk.ui.vm.ManualFxThread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import org.condordesk.app.LibrarySummaries;
import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.library.LibraryBrowserModel.Loaded;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;
import org.condordesk.ui.library.VersionComparison.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.condordesk.model.VolFactorModel;
import org.condordesk.risk.SampleOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library browser's model on a real temporary SQLite library, with a stand-in FX thread. */
class LibraryBrowserModelTest {

    @TempDir
    Path dir;
    private ManualFxThread fx;
    private LibraryAccess access;
    private LibraryBrowserModel model;
    private Scenario hedged;
    private Scenario resized;
    private Scenario condorOnly;

    @BeforeEach
    void open() {
        fx = new ManualFxThread();
        access = new LibraryAccess(dir.resolve("library.db"), fx);
        model = new LibraryBrowserModel(access);
        hedged = ScenarioJson.read(Path.of("samples", "condor-vix-hedge.json"));
        resized = hedged.mapLayer(2, layer -> layer.withSize(2.5));
        condorOnly = ScenarioJson.read(Path.of("samples", "condor-only.json"));
    }

    @AfterEach
    void close() {
        access.close();
    }

    private void await(CompletableFuture<?> done) {
        try {
            fx.runUntil(done::isDone);
            fx.runUntil(model::isIdle);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private VersionInfo save(Scenario scenario, String note) {
        List<VersionInfo> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        await(model.save(scenario, note, saved::add, refused::add));
        assertThat(refused).isEmpty();
        return saved.get(0);
    }

    private List<String> names() {
        return model.entries().stream().map(LibraryEntry::name).toList();
    }

    private void saveThree() {
        save(hedged, "opened the trade");
        save(resized, "Jan futures hedge x2.5");
        save(condorOnly, "");
    }

    @Test
    void aRowTheLibraryCannotReadIsNamedOnTheMessageLineAndTheOthersListed() throws SQLException {
        save(hedged, "");
        save(condorOnly, "");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE scenario SET tags_json = 'not json' WHERE name = '" + condorOnly.name() + "'");
        }

        await(model.refresh());

        assertThat(names()).containsExactly(hedged.name());
        assertThat(model.messageProperty().get()).isEqualTo("skipped scenario \"" + condorOnly.name()
                + "\" (row 2): its tags are not a JSON array of text");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void savesComputeTheSummaryWithTheEngineAndListTheLatestVersion() {
        VersionInfo first = save(hedged, "opened the trade");
        VersionInfo second = save(resized, "hedge resized");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        // The sample's net VIX vega from the independent oracle (tools/sample_oracle.py, sample-oracle.csv).
        assertThat(first.summary().orElseThrow().netVixVega()).isEqualTo(
                SampleOracle.get("netVixVega", VolFactorModel.DEFAULT_VOL_RESPONSE.key()), within(1e-4));
        await(model.refresh());
        assertThat(model.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.latestVersion()).isEqualTo(2);
            assertThat(entry.summary()).contains(LibrarySummaries.of(resized));
        });
        assertThat(access.state().opened()).isTrue();
        assertThat(model.bannerProperty().get()).isEmpty();
    }

    @Test
    void searchFollowsTheTextAndShowDeletedListsDeletedScenariosToRestore() {
        saveThree();
        await(model.refresh());
        assertThat(names()).containsExactly(hedged.name(), condorOnly.name());

        model.searchProperty().set("ALV");
        await(CompletableFuture.completedFuture(null));
        assertThat(names()).containsExactly(hedged.name());
        model.searchProperty().set("unhedged");
        await(CompletableFuture.completedFuture(null));
        assertThat(names()).containsExactly(condorOnly.name());
        model.searchProperty().set("");
        await(CompletableFuture.completedFuture(null));

        await(model.delete(condorOnly.name()));
        assertThat(names()).containsExactly(hedged.name());
        assertThat(model.messageProperty().get()).contains("Deleted '" + condorOnly.name() + "'").contains("Restore");

        model.showDeletedProperty().set(true);
        await(CompletableFuture.completedFuture(null));
        assertThat(names()).containsExactly(condorOnly.name());
        assertThat(model.entries().get(0).deleted()).isTrue();

        await(model.restore(condorOnly.name()));
        assertThat(names()).isEmpty();
        model.showDeletedProperty().set(false);
        await(CompletableFuture.completedFuture(null));
        assertThat(names()).containsExactly(hedged.name(), condorOnly.name());
    }

    @Test
    void selectingAScenarioListsItsVersionsAndPurgeRemovesADeletedOne() {
        saveThree();
        await(model.refresh());
        model.select(hedged.name());
        await(CompletableFuture.completedFuture(null));
        assertThat(model.versions()).extracting(VersionInfo::version).containsExactly(1, 2);
        assertThat(model.versions()).extracting(VersionInfo::note).containsExactly("opened the trade", "Jan futures hedge x2.5");

        await(model.delete(condorOnly.name()));
        await(model.purge(condorOnly.name()));
        model.showDeletedProperty().set(true);
        await(CompletableFuture.completedFuture(null));
        assertThat(names()).isEmpty();
    }

    @Test
    void openingVersionNGivesExactlyTheScenarioSavedAsN() {
        saveThree();
        List<Loaded> loaded = new ArrayList<>();

        await(model.load(new VersionRef(hedged.name(), 1), loaded::add));
        await(model.load(new VersionRef(hedged.name(), 2), loaded::add));
        await(model.load(new VersionRef(hedged.name(), 0), loaded::add));

        assertThat(loaded.get(0).scenario()).isEqualTo(hedged);
        assertThat(loaded.get(0).version()).isEqualTo(1);
        assertThat(loaded.get(1).scenario()).isEqualTo(resized);
        assertThat(loaded.get(2).scenario()).isEqualTo(resized);
        assertThat(loaded.get(2).version()).as("latest").isEqualTo(2);
    }

    @Test
    void renameKeepsTheHistoryAndSelectsTheNewName() {
        saveThree();
        await(model.refresh());
        model.select(hedged.name());
        await(model.rename(hedged.name(), "Dec condor, hedged"));

        assertThat(names()).containsExactly("Dec condor, hedged", condorOnly.name());
        assertThat(model.selectedProperty().get().name()).isEqualTo("Dec condor, hedged");
        assertThat(model.versions()).hasSize(2);
        List<Loaded> loaded = new ArrayList<>();
        await(model.load(new VersionRef("Dec condor, hedged", 1), loaded::add));
        assertThat(loaded.get(0).scenario()).isEqualTo(hedged.withName("Dec condor, hedged"));
    }

    @Test
    void aNameTakenOrUnknownIsRefusedInOneLine() {
        saveThree();
        await(model.rename(hedged.name(), condorOnly.name()));
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("a scenario named \"" + condorOnly.name() + "\" already exists");

        await(model.load(new VersionRef("nope", 0), loaded -> { }));
        assertThat(model.messageProperty().get()).isEqualTo("no scenario named \"nope\" in the library").doesNotContain("\n");
    }

    @Test
    void compareGivesEachSidesGreeksFromTheEngineAndTheirDifference() {
        saveThree();
        List<VersionComparison> compared = new ArrayList<>();

        await(model.compare(new VersionRef(hedged.name(), 1), new VersionRef(hedged.name(), 2), compared::add));

        VersionComparison comparison = compared.get(0);
        Analysis a = Analyzer.analyze(hedged, MarketState.of(hedged), LibrarySummaries.SETTINGS);
        Analysis b = Analyzer.analyze(resized, MarketState.of(resized), LibrarySummaries.SETTINGS);
        assertThat(comparison.a().version()).isEqualTo(1);
        assertThat(comparison.b().note()).isEqualTo("Jan futures hedge x2.5");
        Line net = comparison.netVixVega();
        assertThat(net.a()).isEqualTo(a.netVixVega());
        assertThat(net.b()).isEqualTo(b.netVixVega());
        assertThat(net.delta()).isEqualTo(b.netVixVega() - a.netVixVega());
        // Only the Jan futures layer changed (×1 → ×2.5): the difference is 1.5 times its VIX vega at size 1.
        assertThat(net.delta()).isEqualTo(1.5 * a.layers().get(2).vixVegaAtUnitSize(), within(1e-6));
        assertThat(line(comparison, "Θ $/day").delta()).isEqualTo(b.position().thetaPerDay() - a.position().thetaPerDay());
        assertThat(line(comparison, "Δ $/SPX pt").b()).isEqualTo(b.position().spxDelta());
        assertThat(line(comparison, "Max loss").a()).isEqualTo(a.expiryCurve().maxLoss());
        String janLayer = hedged.layers().get(2).name();
        assertThat(line(comparison, janLayer, VersionComparison.SIZE).delta()).isEqualTo(1.5);
        assertThat(line(comparison, janLayer, VersionComparison.VIX_VEGA).delta()).isEqualTo(net.delta(), within(1e-6));
        assertThat(line(comparison, hedged.layers().get(0).name(), VersionComparison.VIX_VEGA).delta()).isZero();
    }

    @Test
    void comparingAnyTwoScenariosMatchesLayersByNameAndCountsAnAbsentOneAsZero() {
        saveThree();
        List<VersionComparison> compared = new ArrayList<>();

        await(model.compare(new VersionRef(condorOnly.name(), 0), new VersionRef(hedged.name(), 1), compared::add));

        VersionComparison comparison = compared.get(0);
        String janLayer = hedged.layers().get(2).name();
        Line size = line(comparison, janLayer, VersionComparison.SIZE);
        assertThat(size.aNote()).isEqualTo("absent");
        assertThat(size.a()).isNaN();
        assertThat(size.delta()).isEqualTo(1.0);
    }

    private static Line line(VersionComparison comparison, String label) {
        return line(comparison, "", label);
    }

    private static Line line(VersionComparison comparison, String group, String label) {
        return comparison.lines().stream().filter(l -> l.group().equals(group) && l.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + group + " " + label + " in " + comparison.lines()));
    }

    @Test
    void aLibraryFromANewerCondorDeskIsReadOnlyAndRefusesASaveWithTheReason() throws IOException, SQLException {
        Path file = dir.resolve("library.db");
        try (ScenarioLibrary library = ScenarioLibrary.open(file)) {
            library.save(hedged, "v1", null);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 5");
        }
        String before = TestFiles.sha256(file);
        String reason = file.toAbsolutePath() + " was written by a newer CondorDesk (library schema 5, this version knows 4): "
                + "opened read-only, changes are refused";

        await(model.refresh());
        List<String> refused = new ArrayList<>();
        await(model.save(resized, "should not be saved", saved -> { }, refused::add));

        assertThat(names()).containsExactly(hedged.name());
        assertThat(model.bannerProperty().get()).isEqualTo("Read-only: " + reason);
        assertThat(access.state().refusesChanges()).isTrue();
        assertThat(refused).containsExactly(reason);
        access.close();
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoLibraryIsReportedOnceAndLeftByteForByteUnchanged() throws IOException {
        Path file = dir.resolve("notes.db");
        byte[] bytes = new byte[32 * 1024];
        new SplittableRandom(3).nextBytes(bytes);
        Files.write(file, bytes);
        String before = TestFiles.sha256(file);

        await(model.changeDatabase(file));
        model.searchProperty().set("x");
        await(CompletableFuture.completedFuture(null));
        List<String> refused = new ArrayList<>();
        await(model.save(hedged, "", saved -> { }, refused::add));

        String reason = file.toAbsolutePath() + " is not a CondorDesk library: it is not an SQLite database (the file was left unchanged)";
        assertThat(model.bannerProperty().get()).isEqualTo("Cannot use this library: " + reason);
        assertThat(model.entries()).isEmpty();
        assertThat(model.messageProperty().get()).as("reported in the banner, not again on each keystroke").isEmpty();
        assertThat(refused).containsExactly(reason);
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void changingTheDatabaseToAMissingFileStartsANewLibrary() {
        saveThree();
        Path other = dir.resolve("other/second.db");

        await(model.changeDatabase(other));
        assertThat(model.entries()).isEmpty();
        save(condorOnly, "in the second library");
        await(model.refresh());

        assertThat(access.file()).isEqualTo(other.toAbsolutePath());
        assertThat(names()).containsExactly(condorOnly.name());
        assertThat(other).exists();
    }

    @Test
    void exportWritesAVersionAndImportSavesItBack() throws IOException {
        saveThree();
        Path out = dir.resolve("v1.json");

        await(model.export(new VersionRef(hedged.name(), 1), out));
        assertThat(ScenarioJson.read(out)).isEqualTo(hedged);
        Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 2}");
        await(model.importFiles(List.of(out, dir.resolve("bad.json"))));
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("bad.json");
        await(model.importFiles(List.of(out)));

        assertThat(model.messageProperty().get()).isEqualTo("Imported '" + hedged.name() + "' v3");
        await(model.refresh());
        assertThat(model.entries().get(0).versionCount()).isEqualTo(3);
    }
}
