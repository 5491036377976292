package org.condordesk.store.chains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ImportProgress;
import org.condordesk.testsupport.EodChainFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain store on files of each layout: its answers against the files, re-imports, resumption and bad rows. */
class ChainStoreTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 17),
            LocalDate.of(2020, 3, 18));
    private static final List<LocalDate> EXPIRIES = List.of(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 4, 3),
            LocalDate.of(2020, 4, 17));
    private static final List<Double> STRIKES = strikes();

    @TempDir
    Path dir;

    private static List<Double> strikes() {
        List<Double> strikes = new ArrayList<>();
        for (double k = 2000; k <= 3000; k += 5) {
            strikes.add(k);
        }
        return strikes;
    }

    @Test
    void eachLayoutReadsBackAsTheFileSaidIt() throws IOException {
        for (EodLayout layout : EodLayout.values()) {
            Path file = dir.resolve("chain-" + layout.key() + ".csv");
            switch (layout) {
                case DATASHOP -> EodChainFiles.dataShop(file, DAYS, EXPIRIES, STRIKES);
                case OPTIONSDX -> EodChainFiles.optionsDx(file, DAYS, EXPIRIES, STRIKES);
                case LONG -> EodChainFiles.longLayout(file, DAYS, EXPIRIES, STRIKES);
            }
            Path folder = dir.resolve("store-" + layout.key());
            try (ChainStore store = ChainStore.open(folder)) {
                ChainImport.Result result = ChainImport.run(store, List.of(file), layout, ImportProgress.NONE);
                // 3 days × 3 expiries × 201 strikes × 2 rights (an OptionsDX row holds both rights).
                int quotes = 3 * 3 * 201 * 2;
                assertThat(result.rows()).isEqualTo(layout == EodLayout.OPTIONSDX ? quotes / 2 : quotes);
                assertThat(result.days()).isEqualTo(3);
                // OptionsDX's third-Friday expiry (2020-04-17) is the AM SPX series; the rest SPXW.
                String root = "SPXW";
                for (LocalDate day : DAYS) {
                    List<ChainStore.StoredQuote> chain = store.chain("SPX", root, day, LocalDate.of(2020, 4, 3));
                    assertThat(chain).as(layout + " " + day).hasSize(402);
                    for (ChainStore.StoredQuote quote : chain) {
                        assertThat(quote.bid()).isEqualTo(EodChainFiles.bid(day, LocalDate.of(2020, 4, 3), quote.strike(), quote.right()));
                        assertThat(quote.ask()).isEqualTo(EodChainFiles.ask(day, LocalDate.of(2020, 4, 3), quote.strike(), quote.right()));
                    }
                }
                List<ChainStore.RootSummary> roots = store.roots();
                assertThat(roots).extracting(ChainStore.RootSummary::from).containsOnly(DAYS.get(0));
                assertThat(roots).extracting(ChainStore.RootSummary::to).containsOnly(DAYS.get(2));
                assertThat(roots.stream().mapToLong(ChainStore.RootSummary::rows).sum()).isEqualTo(quotes);
                if (layout == EodLayout.DATASHOP) {
                    ChainStore.StoredQuote first = store.chain("SPX", "SPXW", DAYS.get(0), EXPIRIES.get(0)).get(0);
                    assertThat(first.bid1545()).isEqualTo(Math.max(0, Math.round((first.bid() - 0.05) * 100) / 100.0));
                }
            }
        }
    }

    @Test
    void aSecondImportOfTheSameFileIsSkippedAndAChangedDayReplacesTheStoredOne() throws IOException {
        Path file = EodChainFiles.dataShop(dir.resolve("a.csv"), DAYS, EXPIRIES, STRIKES);
        try (ChainStore store = ChainStore.open(dir.resolve("store"))) {
            ChainImport.run(store, List.of(file), EodLayout.DATASHOP, ImportProgress.NONE);
            ChainImport.Result again = ChainImport.run(store, List.of(file), EodLayout.DATASHOP, ImportProgress.NONE);
            assertThat(again.filesSkipped()).isEqualTo(1);
            assertThat(again.filesImported()).isZero();
            // Another file with the middle day on fewer strikes: that day is replaced whole, the others stay.
            Path narrower = EodChainFiles.dataShop(dir.resolve("b.csv"), List.of(DAYS.get(1)), EXPIRIES, List.of(2500.0));
            ChainImport.run(store, List.of(narrower), EodLayout.DATASHOP, ImportProgress.NONE);
            assertThat(store.chain("SPX", "SPXW", DAYS.get(1), EXPIRIES.get(1))).hasSize(2);
            assertThat(store.chain("SPX", "SPXW", DAYS.get(0), EXPIRIES.get(1))).hasSize(402);
            assertThat(store.roots().get(0).rows()).isEqualTo(2L * 3 * 201 * 2 + 3 * 2);
        }
    }

    @Test
    void aBadRowStopsTheImportWithItsLineAndStoresNothing() throws IOException {
        Path file = EodChainFiles.dataShop(dir.resolve("bad.csv"), DAYS.subList(0, 1), EXPIRIES, STRIKES);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(5, lines.get(5).replace(",C,", ",X,"));
        Files.write(file, lines);
        Path torn = dir.resolve("torn.csv");
        Files.writeString(torn, String.join("\n", Files.readAllLines(EodChainFiles.dataShop(dir.resolve("t.csv"),
                DAYS.subList(0, 1), EXPIRIES, STRIKES)).subList(0, 10)) + "\n^SPX,2020-03-16,SPXW,2020-03-20,2");
        try (ChainStore store = ChainStore.open(dir.resolve("store"))) {
            assertThatThrownBy(() -> ChainImport.run(store, List.of(file), EodLayout.DATASHOP, ImportProgress.NONE))
                    .isInstanceOf(ValidationException.class).hasMessage("bad.csv line 6: option type 'X' is not C, P, CALL or PUT");
            assertThatThrownBy(() -> ChainImport.run(store, List.of(torn), EodLayout.DATASHOP, ImportProgress.NONE))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("torn.csv line 11: expected 26 fields, found 5: a torn or short row");
            assertThatThrownBy(() -> ChainImport.run(store, List.of(file), EodLayout.OPTIONSDX, ImportProgress.NONE))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("not the OptionsDX layout");
            assertThat(store.roots()).isEmpty();
            try (var listing = Files.list(store.folder())) {
                assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".staging"));
            }
        }
    }
}
