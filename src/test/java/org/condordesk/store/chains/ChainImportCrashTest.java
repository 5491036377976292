package org.condordesk.store.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.condordesk.store.csv.ImportProgress;
import org.condordesk.testsupport.EodChainFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM importing chains with SIGKILL at random moments (fixed seed): after each kill, once the next import
 * has recovered the store, every day holds either the old import's chain or the new one, whole; the import run again
 * resumes and finishes with every day new.
 */
@Tag("slow")
class ChainImportCrashTest {

    private static final int KILLS = 8;
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 2),
            LocalDate.of(2021, 6, 3), LocalDate.of(2021, 6, 4));
    private static final List<LocalDate> EXPIRIES = List.of(LocalDate.of(2021, 6, 18), LocalDate.of(2021, 7, 16));

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEveryDayWholeAndTheNextImportFinishesIt() throws Exception {
        Path store = dir.resolve("store");
        Path old = EodChainFiles.dataShop(dir.resolve("old.csv"), DAYS, EXPIRIES, strikes(3000, 5000, 10));
        try (ChainStore chains = ChainStore.open(store)) {
            ChainImport.run(chains, List.of(old), EodLayout.DATASHOP, ImportProgress.NONE);
        }
        // The new file: every strike from 3000 to 5000 (a day's chain of 2 × 201 strikes becomes 2 × 2001).
        Path fresh = EodChainFiles.dataShop(dir.resolve("new.csv"), DAYS, EXPIRIES, strikes(3000, 5000, 1));
        SplittableRandom random = new SplittableRandom(0x29C4A5L);
        // Kill moments spread over one uninterrupted import's time on this machine (a fixed range landed every kill
        // after the end on a quiet machine and none of them on a loaded one).
        long importMillis = timedImport(store, fresh);
        ChainImport.recover(store);
        checkEveryDayWhole(store);
        Files.deleteIfExists(store.resolve("_imports").resolve(ChainImport.key(fresh) + ".done"));
        int killedBeforeDone = 0;
        for (int i = 0; i < KILLS; i++) {
            if (!runAndKill(store, fresh, random.nextInt((int) Math.max(1, importMillis * 9 / 10)))) {
                killedBeforeDone++;
            }
            ChainImport.recover(store);
            checkEveryDayWhole(store);
            Files.deleteIfExists(store.resolve("_imports").resolve(ChainImport.key(fresh) + ".done"));
        }
        assertThat(killedBeforeDone).as("kills that landed before the import finished").isPositive();
        try (ChainStore chains = ChainStore.open(store)) {
            ChainImport.run(chains, List.of(fresh), EodLayout.DATASHOP, ImportProgress.NONE);
            for (LocalDate day : DAYS) {
                assertThat(chains.chain("SPX", "SPXW", day, EXPIRIES.get(0))).hasSize(2 * 2001);
            }
        }
    }

    private static List<Double> strikes(double from, double to, double step) {
        List<Double> strikes = new ArrayList<>();
        for (double k = from; k <= to; k += step) {
            strikes.add(k);
        }
        return strikes;
    }

    /** Each day: the old chain (201 strikes) or the new one (2001), every quote as its file wrote it. */
    private static void checkEveryDayWhole(Path store) {
        try (ChainStore chains = ChainStore.open(store)) {
            for (LocalDate day : DAYS) {
                for (LocalDate expiry : EXPIRIES) {
                    List<ChainStore.StoredQuote> chain = chains.chain("SPX", "SPXW", day, expiry);
                    assertThat(chain.size()).as(day + " " + expiry).isIn(2 * 201, 2 * 2001);
                    for (ChainStore.StoredQuote quote : chain) {
                        assertThat(quote.bid()).isEqualTo(EodChainFiles.bid(day, expiry, quote.strike(), quote.right()));
                    }
                }
            }
        }
    }

    /** Milliseconds from the child's "ready" to its "done" for one import it runs to the end. */
    private static long timedImport(Path store, Path file) throws IOException, InterruptedException {
        Process child = child(store, file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("child started").isEqualTo("ready");
            long start = System.nanoTime();
            assertThat(out.readLine()).as("child finished").isEqualTo("done");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return millis;
        }
    }

    private static Process child(Path store, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ChainImportMain.class.getName(), store.toString(),
                file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs the import in a child JVM and kills it {@code millis} after it is ready; true when it finished first. */
    private static boolean runAndKill(Path store, Path file, int millis) throws IOException, InterruptedException {
        Process child = child(store, file);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("child started").isEqualTo("ready");
            Thread.sleep(millis);
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        return lines.contains("done");
    }
}
