package org.condordesk.ui.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.condordesk.ui.Workstation;
import org.condordesk.ui.WorkstationFxBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The latency table of docs/performance.md: every slider dragged in the 1600×1000 window on the bundled
 * sample, with the heatmap on screen (it always is in the main window), then again with the Layer greeks tab
 * shown (a table that relayouts on every result). One warm-up drag per slider is not counted. Writes
 * {@code target/latency-report.md} and prints it. Not part of {@code mvn verify} (tag {@code latency}); run it
 * with one command on a quiet machine, with a real window:
 *
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -q -Platency test</pre>
 *
 * ({@code -Dlatency.steps=N} changes the 600 steps per slider.)
 */
@Tag("latency")
class LatencyReport extends WorkstationFxBase {

    private Workstation workstation;

    @BeforeEach
    void preferredSize() throws Exception {
        workstation = app.workstation;
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(Workstation.PREFERRED_WIDTH);
            stage.setHeight(Workstation.PREFERRED_HEIGHT);
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everySlider() throws Exception {
        int steps = Integer.getInteger("latency.steps", 600);
        Thread.sleep(1500);
        List<String> rows = new ArrayList<>();
        for (String state : List.of("heatmap on screen", "and the Layer greeks tab")) {
            if (state.startsWith("and")) {
                WaitForAsyncUtils.asyncFx(() -> workstation.scene().lookup("#tabGreeks")).get(10, TimeUnit.SECONDS);
                WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.TabPane) workstation.scene().lookup("#editorTabs"))
                        .getSelectionModel().select(1)).get(10, TimeUnit.SECONDS);
            }
            for (DragLatencyHarness.Target target : DragLatencyHarness.Target.values()) {
                DragLatencyHarness.run(workstation, target, Math.max(60, steps / 5));
                DragLatencyHarness.Result result = DragLatencyHarness.run(workstation, target, steps);
                System.out.println("LatencyReport (" + state + "): " + result.report());
                rows.add(result.markdownRow().replaceFirst("\\| ", "| " + state + ": "));
            }
        }
        String report = String.join("\n", header(), DragLatencyHarness.Result.header(), String.join("\n", rows)) + "\n";
        Path out = Path.of("target", "latency-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String header() throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.US, "Drag latency, %s, %d CPUs, load average %.2f at the start, Java %s, glass %s, prism %s%n",
                ZonedDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.version"), System.getProperty("glass.platform", "default (GTK)"),
                System.getProperty("prism.order", "default"));
    }
}
