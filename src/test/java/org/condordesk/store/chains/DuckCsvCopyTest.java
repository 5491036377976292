package org.condordesk.store.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.condordesk.testsupport.EodChainFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DuckDB fast path of a chain import: a clean file of each layout is copied whole by DuckDB (so the read-backs in
 * {@link ChainStoreTest} check its output), and every row the Java parsers refuse makes it give up, so the Java
 * reader, which names the line, sees the file.
 */
class DuckCsvCopyTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 17));
    private static final List<LocalDate> EXPIRIES = List.of(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 4, 17));
    private static final List<Double> STRIKES = List.of(2400.0, 2405.0, 2410.0);

    @TempDir
    Path dir;

    @Test
    void aCleanFileOfEachLayoutIsCopiedWholeByDuckDb() throws IOException, SQLException {
        for (EodLayout layout : EodLayout.values()) {
            Path file = write(layout, "clean-" + layout.key() + ".csv");
            Path staging = dir.resolve("staging-" + layout.key());
            try (ChainStore store = ChainStore.open(dir.resolve("store"))) {
                OptionalLong rows = DuckCsvCopy.copy(store.connection(), file, layout, header(file, layout), staging);
                // 2 days × 2 expiries × 3 strikes × 2 rights quotes; an OptionsDX row holds both rights.
                assertThat(rows).as(layout.key()).hasValue(layout == EodLayout.OPTIONSDX ? 12 : 24);
            }
            try (Stream<Path> days = Files.list(staging.resolve("underlying=SPX"))) {
                assertThat(days.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("quote_date=2020-03-16", "quote_date=2020-03-17");
            }
        }
    }

    /** Each edit makes line 3 (the second quote) one that {@link Fields} refuses, or one DuckDB's reader refuses. */
    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        ",2400.000,| ,0.000,",          // strike 0
        ",2400.000,| ,-2400,",          // a negative strike
        ",2400.000,| ,NaN,",            // not a number: DuckDB reads it, the range check refuses it
        ",2400.000,| ,Infinity,",       // nor infinity
        ",2400.000,| ,,",               // no strike at all
        ",P,0,0,0,0,0,10,| ,X,0,0,0,0,0,10,", // an unknown option type
        "2020-03-16,SPXW,2020-03-20| 2020-03-16,SPXW,2020-03-13", // expiry before the quote date
        ",0,0,0,0,0,10,| ,0,0,0,0,0,10,-", // a negative 15:45 bid
        "3001,10,| 3001,10,-",         // a negative end-of-day bid
        "^SPX,2020-03-16,SPXW| ^SPX,2020-03-16,SPXWWWWWWWWWWWWWW", // a root of 17 characters
        "2020-03-16,SPXW| 2020-3-16x,SPXW", // a date that is not YYYY-MM-DD
        ",0,100,| ,0,100,,extra,"        // more fields than the header names: left to the Java reader
    })
    void aRowTheParsersRefuseMakesDuckDbGiveUp(String from, String to) throws IOException, SQLException {
        Path file = write(EodLayout.DATASHOP, "bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String edited = lines.get(2).replaceFirst(java.util.regex.Pattern.quote(from.strip()), to.strip());
        assertThat(edited).as("the edit applies").isNotEqualTo(lines.get(2));
        lines.set(2, edited);
        Files.write(file, lines);
        try (ChainStore store = ChainStore.open(dir.resolve("store"))) {
            assertThat(DuckCsvCopy.copy(store.connection(), file, EodLayout.DATASHOP, header(file, EodLayout.DATASHOP),
                    dir.resolve("staging"))).isEmpty();
        }
    }

    private Path write(EodLayout layout, String name) throws IOException {
        Path file = dir.resolve(name);
        return switch (layout) {
            case DATASHOP -> EodChainFiles.dataShop(file, DAYS, EXPIRIES, STRIKES);
            case OPTIONSDX -> EodChainFiles.optionsDx(file, DAYS, EXPIRIES, STRIKES);
            case LONG -> EodChainFiles.longLayout(file, DAYS, EXPIRIES, STRIKES);
        };
    }

    private static List<String> header(Path file, EodLayout layout) throws IOException {
        String header = Files.readAllLines(file).get(0);
        return ChainImport.split(header.strip(), layout.separator().strip(), "line 1").stream()
                .map(EodLayout::columnName).toList();
    }
}
