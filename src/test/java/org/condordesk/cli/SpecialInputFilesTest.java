package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.condordesk.Main;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not files (issue 14 item 6): {@code /dev/zero} and {@code /dev/urandom} used to die with an
 * OutOfMemoryError stack trace, a FIFO hung forever, {@code /dev/stdin} read 200 MB before refusing. Now each is
 * one line and a non-zero exit; and an Error that still escapes a command is one line too.
 */
class SpecialInputFilesTest {

    @TempDir
    Path dir;

    private static void assertRefused(CliRun run, String file) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: " + file + ": is not a regular file (a device, FIFO or socket)");
    }

    @Test
    void devicesAreRefusedBeforeAByteIsRead() {
        assertRefused(CliRun.of("validate", "/dev/zero"), "/dev/zero");
        assertRefused(CliRun.of("validate", "/dev/urandom"), "/dev/urandom");
        assertRefused(CliRun.of("report", "/dev/zero"), "/dev/zero");
        assertRefused(CliRun.of("library", "import", "/dev/zero", "--db", dir.resolve("lib.db").toString()), "/dev/zero");
    }

    @Test
    void aFifoIsRefusedInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = TestFiles.fifo(dir.resolve("pipe.json"));

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("validate", fifo.toString()));

        assertRefused(run, fifo.toString());
    }

    @Test
    void standardInputFromAPipeIsRefusedAtOnce() {
        // The child's standard input is a pipe this test never writes to nor closes: reading it would wait forever.
        ChildJvm.Result run = ChildJvm.of(Main.class, "validate", "/dev/stdin").run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: /dev/stdin: is not a regular file (a device, FIFO or socket)");
    }

    @Test
    void anErrorEscapingACommandIsOneLineWithoutAStackTrace() throws IOException {
        // 9.5 MB of JSON, under the 10 MB limit, whose tree (2.4 million number nodes, ~60 MB) cannot fit a 24 MB heap.
        Path huge = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"schemaVersion\": 2, \"tags\": [".getBytes(StandardCharsets.US_ASCII));
            byte[] element = "1.5,".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 2_400_000; i++) {
                out.write(element);
            }
            out.write("1.5]}".getBytes(StandardCharsets.US_ASCII));
        }

        ChildJvm.Result run = ChildJvm.of(Main.class, "validate", huge.toString()).jvmOption("-Xmx24m").run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "error: out of memory: the input is too large for this Java heap (java -Xmx raises it)");
    }
}
