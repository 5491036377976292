package org.condordesk.ui.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up to the first analysed frame, wall clock from starting the process to the workstation printing
 * "first analysis on screen" (-Dcondordesk.startupLog=true), for {@code java -jar target/condordesk.jar} and for
 * the app image of the {@code app} profile when it has been built. The variants take turns, so a load that comes
 * and goes weighs on each alike; the median of {@code -Dstartup.runs} (7) runs is reported. Each run gets its own
 * empty data folder. Needs a display: run it with the latency report,
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -q -Platency test}, after {@code mvn -B -Papp -DskipTests package}.
 */
@Tag("latency")
class StartupReport {

    private static final String MARK = "first analysis on screen";
    private static final String LOG = "-Dcondordesk.startupLog=true";

    @Test
    void startUpToTheFirstAnalysedFrame() throws Exception {
        int runs = Integer.getInteger("startup.runs", 7);
        Path jar = Path.of("target", "condordesk.jar").toAbsolutePath();
        Path image = Path.of("target", "app", "image", "CondorDesk", "bin", "CondorDesk").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("java -jar target/condordesk.jar", List.of(java, LOG, "-jar", jar.toString()));
        if (Files.isExecutable(image)) {
            variants.put("app image (jlink runtime, app CDS, C1)", List.of(image.toString()));
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        variants.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                seconds.get(variant.getKey()).add(once(variant.getValue()));
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.US,
                "Start-up to the first analysed frame, %s, %d CPUs, load average %.2f at the end, %d runs each%n%n"
                        + "| how | median s | min s | runs |%n|---|---|---|---|%n", ZonedDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs));
        for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            report.append(String.format(Locale.US, "| %s | **%.2f** | %.2f | %s |%n", entry.getKey(), sorted.get(sorted.size() / 2),
                    sorted.get(0), String.join(" ", entry.getValue().stream().map(s -> String.format(Locale.US, "%.2f", s)).toList())));
        }
        Path out = Path.of("target", "startup-report.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Seconds from starting {@code command} to its start-up mark; the process is then ended. */
    private static double once(List<String> command) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("condordesk-startup");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("CONDORDESK_DATA", data.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", LOG);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(MARK)) {
                    return (System.nanoTime() - start) / 1e9;
                }
            }
            throw new IllegalStateException("no start-up mark from " + command);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
