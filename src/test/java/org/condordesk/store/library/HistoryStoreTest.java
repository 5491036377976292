package org.condordesk.store.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history table on a real SQLite file: upsert by symbol and day, reload, first-run seeding, migration from 2. */
class HistoryStoreTest {

    @TempDir
    Path dir;

    private static DailyBar bar(int day, double close) {
        return new DailyBar(LocalDate.of(2024, 1, day), close, close + 1, close - 1, close);
    }

    @Test
    void upsertReplacesOverlappingDaysAndKeepsTheRest() {
        Path file = dir.resolve("lib.db");
        try (HistoryStore store = HistoryStore.open(file)) {
            store.upsert(new DailySeries("SPX", List.of(bar(2, 100), bar(3, 101))));
            store.upsert(new DailySeries("SPX", List.of(bar(3, 105), bar(4, 106))));
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            DailySeries spx = store.load("SPX").orElseThrow();
            assertThat(spx.bars()).extracting(DailyBar::close).containsExactly(100.0, 105.0, 106.0);
            assertThat(store.load("VIX")).isEmpty();
            assertThat(store.symbols()).containsExactly(new HistoryStore.SymbolSummary("SPX", 3, LocalDate.of(2024, 1, 2),
                    LocalDate.of(2024, 1, 4)));
        }
    }

    @Test
    void advanceDeclineLineRoundTripsApartFromPrices() {
        try (HistoryStore store = HistoryStore.open(dir.resolve("lib.db"))) {
            store.upsert(new AdvanceDeclineSeries("ad.csv", List.of(new AdvanceDeclineSeries.Point(LocalDate.of(2024, 1, 2), -350.5))));
            assertThat(store.loadAdvanceDecline().orElseThrow().points()).extracting(AdvanceDeclineSeries.Point::adLine)
                    .containsExactly(-350.5);
            assertThat(store.load(HistoryStore.AD_SYMBOL)).isEmpty();
        }
    }

    @Test
    void firstRunSeedsTheBundledRealHistoryOnce() {
        try (HistoryStore store = HistoryStore.open(dir.resolve("lib.db"))) {
            assertThat(store.seedBundled()).containsExactly("SPX", "VIX", "VIX3M");
            assertThat(store.seedBundled()).isEmpty();
            // Row counts from samples/history/README.md.
            assertThat(store.symbols()).extracting(HistoryStore.SymbolSummary::days).containsExactly(9196, 9223, 4136);
            assertThat(store.load("SPX").orElseThrow().closesByDate().get(LocalDate.of(2018, 2, 5))).isEqualTo(2648.94);
        }
    }

    @Test
    void aVersion2LibraryMigratesAndKeepsItsScenarios() throws Exception {
        Path file = dir.resolve("old.db");
        try (ScenarioLibrary library = ScenarioLibrary.open(file)) {
            library.save(org.condordesk.Fixtures.hedged(), "v1", null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // A schema-2 file had neither market-history table (history_bar came in 3, vx_settle in 4).
            s.execute("DROP TABLE history_bar");
            s.execute("DROP TABLE vx_settle");
            s.execute("PRAGMA user_version = 2");
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            store.upsert(new DailySeries("SPX", List.of(bar(2, 100))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet version = s.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(4);
        }
        try (ScenarioLibrary library = ScenarioLibrary.open(file)) {
            assertThat(library.list()).hasSize(1);
        }
    }
}
