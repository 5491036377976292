package org.condordesk.ui.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.condordesk.ui.CondorDeskApp;
import org.condordesk.ui.Themes;
import org.condordesk.ui.Workstation;
import org.condordesk.ui.vm.AnalysisService;
import org.condordesk.ui.vm.LatencyStats;
import org.condordesk.ui.vm.RecentFiles;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * Measures edit-to-repaint while the hedge slider is dragged. An AnimationTimer moves the slider of the
 * sample's adaptive hedge layer (#hedgeSlider-2) one step per frame, inside one gesture, like a mouse
 * drag at the display's frame rate. For every step, the latency is the time from setting the slider's
 * value to the end of the layout of the first pulse whose applied analysis is at least as new as that
 * step's request (a post-layout pulse listener: the frame that shows it). Steps whose request was
 * superseded before the worker picked it up count with the frame that shows the newer one.
 *
 * <p>Headless in {@code HedgeDragLatencyTest}; with a real window under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/test-classes:target/classes:<deps>
 * org.condordesk.ui.perf.DragLatencyHarness 600}.
 */
public final class DragLatencyHarness {

    /** What one run measured. */
    public record Result(int steps, LatencyStats editToFrame, LatencyStats engine, long computed, long dropped,
                         double seconds) {
        public String report() {
            return String.format(Locale.US, "steps=%d in %.1f s; edit→frame %s; engine %s; analyses computed=%d, dropped=%d",
                    steps, seconds, editToFrame.summary(), engine.summary(), computed, dropped);
        }
    }

    private DragLatencyHarness() {
    }

    /** Drags the slider through {@code steps} values (call from a thread other than the FX thread). */
    public static Result run(Workstation workstation, int steps) throws InterruptedException {
        ScenarioViewModel vm = workstation.vm();
        LatencyStats frames = new LatencyStats(steps);
        LatencyStats engine = new LatencyStats(steps * 2);
        long[] requestedAt = new long[steps];
        long[] sequence = new long[steps];
        boolean[] shown = new boolean[steps];
        int[] nextStep = {0};
        int[] firstUnshown = {0};
        CountDownLatch done = new CountDownLatch(1);
        long computedBefore = vm.live().service().computedCount();
        long droppedBefore = vm.live().service().droppedCount();
        long[] startNanos = new long[1];
        Platform.runLater(() -> {
            Slider slider = (Slider) workstation.scene().lookup("#hedgeSlider-2");
            vm.live().lastResultProperty().addListener((obs, old, result) -> engine.record(result.computeNanos()));
            Runnable onPulse = () -> {
                AnalysisService.Result applied = vm.live().lastResultProperty().get();
                long now = System.nanoTime();
                while (firstUnshown[0] < nextStep[0] && applied.request().sequence() >= sequence[firstUnshown[0]]) {
                    frames.record(now - requestedAt[firstUnshown[0]]);
                    shown[firstUnshown[0]] = true;
                    firstUnshown[0]++;
                }
                if (firstUnshown[0] == steps) {
                    done.countDown();
                }
            };
            workstation.scene().addPostLayoutPulseListener(onPulse);
            slider.setValueChanging(true);
            startNanos[0] = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long frameTime) {
                    int step = nextStep[0];
                    if (step == steps) {
                        stop();
                        slider.setValueChanging(false);
                        return;
                    }
                    // A sweep 0 → max → 0 … in 1 % steps of the slider's range, like a trader rocking the size.
                    double phase = (step % 200) / 100.0;
                    double value = slider.getMax() * (phase <= 1 ? phase : 2 - phase);
                    requestedAt[step] = System.nanoTime();
                    slider.setValue(value);
                    sequence[step] = vm.live().latestRequest();
                    nextStep[0] = step + 1;
                }
            }.start();
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the drag did not finish: " + firstUnshown[0] + " of " + steps + " steps shown");
        }
        double seconds = (System.nanoTime() - startNanos[0]) / 1e9;
        return new Result(steps, frames, engine, vm.live().service().computedCount() - computedBefore,
                vm.live().service().droppedCount() - droppedBefore, seconds);
    }

    /** Under a real display: opens the workstation on the sample, drags, prints the figures and exits. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The real-window run of {@link #main}. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            int steps = getParameters().getRaw().isEmpty() ? 600 : Integer.parseInt(getParameters().getRaw().get(0));
            Themes.apply(Themes.Theme.LIGHT, null);
            AnalysisService service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, Platform::runLater);
            ScenarioViewModel vm = new ScenarioViewModel(service, CondorDeskApp.sample(), null);
            Workstation workstation = new Workstation(stage, vm,
                    RecentFiles.forUser(), Themes.Theme.LIGHT);
            stage.show();
            Thread runner = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    List<String> lines = new ArrayList<>();
                    for (int round = 1; round <= 2; round++) {
                        lines.add("round " + round + ": " + run(workstation, steps).report());
                    }
                    lines.forEach(System.out::println);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    Platform.exit();
                }
            }, "latency-harness");
            runner.setDaemon(true);
            runner.start();
        }
    }
}
