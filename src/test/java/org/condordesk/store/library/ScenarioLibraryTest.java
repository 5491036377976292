package org.condordesk.store.library;

import org.condordesk.store.TestClock;
import org.condordesk.store.json.SampleEdits;
import org.condordesk.store.json.ScenarioJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through a real library file: save, list, versions, reopen, rename, delete, restore, search, export, import. */
class ScenarioLibraryTest {

    static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
    static final ScenarioSummary SUMMARY_1 = new ScenarioSummary(-1234.5, -61_000, LocalDate.of(2026, 12, 9));
    static final ScenarioSummary SUMMARY_2 = new ScenarioSummary(12.25, -48_500.75, LocalDate.of(2026, 12, 9));

    @TempDir
    Path dir;
    Path dbFile;
    Scenario hedged;
    Scenario condorOnly;

    @BeforeEach
    void setUp() {
        dbFile = dir.resolve("data/library.db");
        hedged = ScenarioJson.read(SampleEdits.HEDGED);
        condorOnly = ScenarioJson.read(SampleEdits.CONDOR_ONLY);
    }

    private ScenarioLibrary open() {
        return ScenarioLibrary.open(dbFile, new TestClock(START));
    }

    @Test
    void everySaveAppendsAVersionAndTheListShowsTheLatest() {
        Scenario resized = hedged.mapLayer(2, layer -> layer.withSize(2.5));
        try (ScenarioLibrary library = open()) {
            VersionInfo first = library.save(hedged, "opened the trade", SUMMARY_1);
            VersionInfo second = library.save(resized, "hedge resized", SUMMARY_2);
            library.save(condorOnly, "", null);

            assertThat(first.version()).isEqualTo(1);
            assertThat(second.version()).isEqualTo(2);
            List<LibraryEntry> entries = library.list();
            // "+" sorts before ",": "SPX 14-DTE iron condor + 2-layer…" comes first.
            assertThat(entries).extracting(LibraryEntry::name).containsExactly(hedged.name(), condorOnly.name());
            LibraryEntry entry = entries.get(0);
            assertThat(entry.latestVersion()).isEqualTo(2);
            assertThat(entry.versionCount()).isEqualTo(2);
            assertThat(entry.lastSavedAt()).isEqualTo(START.plusSeconds(1));
            assertThat(entry.summary()).contains(SUMMARY_2);
            assertThat(entry.tags()).containsExactly("sample", "alvh");
            assertThat(entries.get(1).summary()).isEmpty();
            assertThat(library.versions(hedged.name())).extracting(VersionInfo::version, VersionInfo::note, VersionInfo::savedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "opened the trade", START),
                            org.assertj.core.groups.Tuple.tuple(2, "hedge resized", START.plusSeconds(1)));
            assertThat(library.load(hedged.name(), 1)).isEqualTo(hedged);
            assertThat(library.load(hedged.name())).isEqualTo(resized);
        }
    }

    @Test
    void libraryPersistsAcrossReopening() {
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "first", SUMMARY_1);
        }
        try (ScenarioLibrary library = open()) {
            assertThat(library.list()).singleElement().satisfies(entry -> assertThat(entry.summary()).contains(SUMMARY_1));
            assertThat(library.load(hedged.name())).isEqualTo(hedged);
            assertThat(library.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void renameKeepsTheHistoryAndLoadsUnderTheNewName() {
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "", SUMMARY_1);
            library.save(condorOnly, "", SUMMARY_2);

            library.rename(hedged.name(), "Dec condor hedged");

            assertThat(library.load("Dec condor hedged")).isEqualTo(hedged.withName("Dec condor hedged"));
            assertThat(library.versions("Dec condor hedged")).hasSize(1);
            assertThatThrownBy(() -> library.load(hedged.name())).isInstanceOf(LibraryException.class)
                    .hasMessage("no scenario named \"" + hedged.name() + "\" in the library");
            assertThatThrownBy(() -> library.rename("Dec condor hedged", condorOnly.name()))
                    .hasMessage("a scenario named \"" + condorOnly.name() + "\" already exists");
            assertThatThrownBy(() -> library.rename(condorOnly.name(), " ")).isInstanceOf(ValidationException.class)
                    .hasMessage("name: must not be blank");
        }
    }

    @Test
    void deleteHidesAndRestoreBringsBack() {
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "", SUMMARY_1);
            library.save(hedged, "", SUMMARY_2);

            library.delete(hedged.name());

            assertThat(library.list()).isEmpty();
            assertThat(library.search("SPX")).isEmpty();
            assertThat(library.listDeleted()).singleElement().satisfies(entry -> {
                assertThat(entry.deleted()).isTrue();
                assertThat(entry.versionCount()).isEqualTo(2);
            });
            assertThatThrownBy(() -> library.versions(hedged.name())).isInstanceOf(LibraryException.class);

            library.restore(hedged.name());

            assertThat(library.list()).singleElement().satisfies(entry -> assertThat(entry.latestVersion()).isEqualTo(2));
            assertThat(library.listDeleted()).isEmpty();
            assertThatThrownBy(() -> library.restore(hedged.name()))
                    .hasMessage("a scenario named \"" + hedged.name() + "\" already exists: rename it before restoring");
            assertThatThrownBy(() -> library.restore("never saved")).hasMessage("no deleted scenario named \"never saved\" to restore");
        }
    }

    @Test
    void savingUnderADeletedNameStartsAFreshHistoryAndPurgeRemovesTheOldOne() {
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "old", SUMMARY_1);
            library.delete(hedged.name());

            VersionInfo fresh = library.save(hedged, "new", SUMMARY_2);

            assertThat(fresh.version()).isEqualTo(1);
            assertThat(library.listDeleted()).hasSize(1);
            assertThat(library.purge(hedged.name())).isEqualTo(1);
            assertThat(library.listDeleted()).isEmpty();
            assertThat(library.versions(hedged.name())).extracting(VersionInfo::note).containsExactly("new");
        }
    }

    @Test
    void searchMatchesNameOrTagSubstringsCaseInsensitively() {
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "", SUMMARY_1);
            library.save(condorOnly, "", SUMMARY_2);
            library.save(condorOnly.withName("100% wings").withTags(List.of("Earnings")), "", null);

            assertThat(library.search("unhedged")).extracting(LibraryEntry::name).containsExactly(condorOnly.name());
            assertThat(library.search("ALV")).extracting(LibraryEntry::name).containsExactly(hedged.name());
            assertThat(library.search("earn")).extracting(LibraryEntry::name).containsExactly("100% wings");
            assertThat(library.search("%")).extracting(LibraryEntry::name).containsExactly("100% wings");
            assertThat(library.search("sample")).hasSize(2);
            assertThat(library.search("no such thing")).isEmpty();
        }
    }

    @Test
    void exportWritesAValidFileOfTheChosenVersion() throws IOException {
        Scenario resized = hedged.mapLayer(2, layer -> layer.withSize(3));
        Path out = dir.resolve("export.json");
        try (ScenarioLibrary library = open()) {
            library.save(hedged, "", SUMMARY_1);
            library.save(resized, "", SUMMARY_2);

            library.export(hedged.name(), 1, out);
            assertThat(ScenarioJson.read(out)).isEqualTo(hedged);
            library.export(hedged.name(), 0, out);
            assertThat(ScenarioJson.read(out)).isEqualTo(resized);
            assertThatThrownBy(() -> library.export(hedged.name(), 9, out)).hasMessage("\"" + hedged.name() + "\" has no version 9");
        }
    }

    @Test
    void importTakesAllFilesOrNone() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, SampleEdits.hedged().set("/layers/0/legs/0/strike", "0").json());
        try (ScenarioLibrary library = open()) {
            assertThatThrownBy(() -> library.importFiles(List.of(SampleEdits.CONDOR_ONLY, bad), "import", s -> SUMMARY_1))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage(bad + ": layers[0].legs[0].strike: must be > 0, got 0");
            assertThat(library.list()).isEmpty();

            List<VersionInfo> imported = library.importFiles(List.of(SampleEdits.CONDOR_ONLY, SampleEdits.HEDGED), "import",
                    s -> s.layers().size() == 1 ? SUMMARY_1 : SUMMARY_2);

            assertThat(imported).extracting(VersionInfo::name).containsExactly(condorOnly.name(), hedged.name());
            assertThat(library.load(condorOnly.name())).isEqualTo(condorOnly);
            assertThat(library.list()).extracting(e -> e.summary().orElseThrow()).containsExactly(SUMMARY_2, SUMMARY_1);
        }
    }

    @Test
    void twoOpenLibrariesOnOneFileNumberVersionsConsistently() {
        try (ScenarioLibrary ui = open(); ScenarioLibrary cli = open()) {
            for (int i = 0; i < 5; i++) {
                ui.save(hedged, "ui " + i, SUMMARY_1);
                cli.save(hedged, "cli " + i, SUMMARY_2);
            }
            assertThat(ui.versions(hedged.name())).extracting(VersionInfo::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(cli.list()).singleElement().satisfies(entry -> assertThat(entry.summary()).contains(SUMMARY_2));
        }
    }

    @Test
    void badArgumentsAreRefused() {
        try (ScenarioLibrary library = open()) {
            assertThatThrownBy(() -> library.save(hedged, "x".repeat(2001), null)).isInstanceOf(ValidationException.class)
                    .hasMessage("note: is longer than 2000 characters");
            assertThatThrownBy(() -> library.load("nothing")).hasMessage("no scenario named \"nothing\" in the library");
            assertThatThrownBy(() -> library.load(hedged.name(), 0)).hasMessage("version: must be 1 or more, got 0");
            assertThatThrownBy(() -> new ScenarioSummary(Double.NaN, 0, null)).hasMessage("netVixVega: must be a finite number, got NaN");
        }
    }
}
