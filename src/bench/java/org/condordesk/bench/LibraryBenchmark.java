package org.condordesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.condordesk.model.Scenario;
import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.ScenarioSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The library's list (the window's scenario browser, {@code library list}) over 10 000 scenarios with full
 * sample-sized JSON in every version: the target is 100 ms. Also: opening the library (header check,
 * read-only probe with quick_check) and a single save (one fsync'd transaction).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LibraryBenchmark {

    @Param("10000")
    int scenarios;

    Path folder;
    Path dbFile;
    ScenarioLibrary library;
    Scenario sample;
    int saves;

    @Setup(Level.Trial)
    public void createLibrary() throws IOException {
        folder = Files.createTempDirectory("condordesk-bench");
        dbFile = folder.resolve("library.db");
        try (InputStream in = LibraryBenchmark.class.getResourceAsStream("/samples/condor-vix-hedge.json")) {
            sample = ScenarioJson.parse(in.readAllBytes());
        }
        List<Scenario> all = new ArrayList<>();
        for (int i = 0; i < scenarios; i++) {
            all.add(sample.withName(String.format("Scenario %05d %s", i, i % 3 == 0 ? "hedged" : "core")));
        }
        library = ScenarioLibrary.open(dbFile);
        library.saveAll(all, "bench", s -> new ScenarioSummary(-1500 + s.name().length(), -61_000, LocalDate.of(2026, 12, 9)));
    }

    @TearDown(Level.Trial)
    public void deleteLibrary() throws IOException {
        library.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public List<LibraryEntry> list() {
        return library.list();
    }

    @Benchmark
    public List<LibraryEntry> search() {
        return library.search("hedged");
    }

    @Benchmark
    public int openAndClose() {
        try (ScenarioLibrary opened = ScenarioLibrary.open(dbFile)) {
            return opened.isReadOnly() ? 0 : 1;
        }
    }

    @Benchmark
    public int saveOneVersion() {
        return library.save(sample.withName("Scenario 00001 core"), "bench save " + saves++, null).version();
    }
}
