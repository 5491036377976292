package org.condordesk.store.library;

import org.condordesk.store.json.ScenarioJson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a saving child JVM with SIGKILL at random moments (fixed seed) and checks after every kill that
 * the JSON file holds the last or the next complete version and the library is sound with its latest version
 * readable. {@code -Dcrash.iterations=500} runs longer (nightly).
 */
@Tag("slow")
class CrashTest {

    private static final int ITERATIONS = Integer.getInteger("crash.iterations", 50);
    private static final int MAX_RUN_MS = 150;
    private static final int LANES = 2;

    @TempDir
    Path dir;

    /** What the child had reported finished when it was killed. */
    record Progress(long lastJson, int lastLibraryVersion) {
    }

    @Test
    void killedSaverNeverLeavesATornFileOrADamagedLibrary() throws Exception {
        // Two lanes (own files, own seeds) run side by side: a child JVM's start-up, not the saving, is the cost.
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectory(dir.resolve("lane" + lane));
                int kills = ITERATIONS / LANES + (lane < ITERATIONS % LANES ? 1 : 0);
                long seed = 0xC2A5_4L + lane;
                saves.add(lanes.submit(() -> killRepeatedly(laneDir, kills, new SplittableRandom(seed))));
            }
            for (Future<Integer> lane : saves) {
                // Not vacuous: kills landed after saves had begun to complete, not only during start-up.
                assertThat(lane.get()).as("library versions saved in a lane across its kills").isPositive();
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Runs and kills {@code kills} children in turn on one JSON file and one library; returns the library's last version. */
    private int killRepeatedly(Path laneDir, int kills, SplittableRandom random) throws Exception {
        Path jsonFile = laneDir.resolve("scenario.json");
        Path libraryFile = laneDir.resolve("library.db");
        long nextNumber = 1;
        long lastJson = 0;
        int lastLibraryVersion = 0;
        for (int i = 0; i < kills; i++) {
            Progress progress = runAndKill(jsonFile, libraryFile, nextNumber, random.nextInt(MAX_RUN_MS));
            lastJson = Math.max(lastJson, progress.lastJson());
            lastLibraryVersion = Math.max(lastLibraryVersion, progress.lastLibraryVersion());
            lastJson = Math.max(lastJson, checkJson(jsonFile, lastJson, nextNumber));
            lastLibraryVersion = checkLibrary(libraryFile, lastLibraryVersion);
            nextNumber = Math.max(nextNumber, lastJson) + 1;
        }
        return lastLibraryVersion;
    }

    private Progress runAndKill(Path jsonFile, Path libraryFile, long firstNumber, int runMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), CrashSaver.class.getName(),
                jsonFile.toString(), libraryFile.toString(), Long.toString(firstNumber))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            assertThat(ready).as("child started").isEqualTo("ready");
            Thread.sleep(runMillis);
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe,
            // losing the lines the child printed just before it died.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        long lastJson = 0;
        int lastLibrary = 0;
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[0].equals("json")) {
                lastJson = Long.parseLong(parts[1]);
            } else if (parts.length == 2 && parts[0].equals("library")) {
                lastLibrary = Integer.parseInt(parts[1]);
            }
        }
        return new Progress(lastJson, lastLibrary);
    }

    /** The file holds the last reported version or the one being written when killed (never a mix). */
    private static long checkJson(Path jsonFile, long lastReported, long firstOfThisRun) {
        if (lastReported == 0 && !jsonFile.toFile().exists()) {
            return 0;
        }
        Scenario saved = ScenarioJson.read(jsonFile);
        long version = Long.parseLong(saved.notes().substring("version ".length()));
        long next = Math.max(lastReported + 1, firstOfThisRun);
        assertThat(version).as("JSON file version").isIn(lastReported, next);
        return version;
    }

    /** Sound database, latest version readable and equal to the last reported save or the one after it. */
    private static int checkLibrary(Path libraryFile, int lastReported) {
        if (lastReported == 0 && !libraryFile.toFile().exists()) {
            return 0;
        }
        try (ScenarioLibrary library = ScenarioLibrary.open(libraryFile)) {
            assertThat(library.integrityCheck()).isEqualTo("ok");
            List<LibraryEntry> entries = library.list();
            if (entries.isEmpty()) {
                assertThat(lastReported).isZero();
                return 0;
            }
            LibraryEntry entry = entries.get(0);
            assertThat(entry.latestVersion()).as("library latest version").isIn(lastReported, lastReported + 1);
            assertThat(entry.versionCount()).isEqualTo(entry.latestVersion());
            Scenario latest = library.load(entry.name());
            assertThat(latest.notes()).isEqualTo(library.versions(entry.name()).get(entry.latestVersion() - 1).note());
            return entry.latestVersion();
        }
    }
}
