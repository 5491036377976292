package org.condordesk.ui.perf;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Slider;

import org.condordesk.ui.Workstation;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.LatencyStats;

/**
 * Measures edit-to-repaint while a slider of the workstation is dragged: the hedge size, the analysis date or
 * the VIX shift. An AnimationTimer moves the slider one step per frame inside one gesture, like a mouse drag
 * at the display's frame rate, sweeping its range back and forth. For every step, the latency is the time
 * from setting the slider's value to the end of the layout of the first pulse whose applied analysis is at
 * least as new as that step's request (a post-layout pulse listener: the frame that shows it). A step whose
 * request was superseded before the worker picked it up counts with the frame that shows the newer one.
 *
 * <p>Where the time goes, per frame that shows a new analysis: <b>queue</b> (request to the worker starting
 * it: waiting for the previous analysis), <b>engine</b>, <b>hand-off</b> (engine done to the FX thread
 * taking the result: the FX thread busy with an earlier pulse), <b>apply</b> (every view's listener on the
 * FX thread: chart data, labels, tables) and <b>pulse</b> (applied to the end of that frame's CSS and
 * layout). Rendering the frame follows on the render thread and is not in these figures; run with
 * {@code -Djavafx.pulseLogger=true} to see it.
 *
 * <p>Headless in {@code SliderLatencyTest}; a full report with a real window: {@link LatencyReport}.
 */
public final class DragLatencyHarness {

    /** A slider to drag: its node id, and the step one frame moves it (in the slider's units). */
    public enum Target {
        HEDGE("#hedgeSlider-2", "hedge size (Hedge 2)", Double.NaN),
        DATE("#dateSlider", "analysis date", 1),
        VIX_SHIFT("#vixShiftSlider", "VIX shift", 0.5);

        final String selector;
        final String label;
        /** NaN: 1 % of the slider's range. */
        final double step;

        Target(String selector, String label, double step) {
            this.selector = selector;
            this.label = label;
            this.step = step;
        }

        public String label() {
            return label;
        }
    }

    /** What one run measured. */
    public record Result(Target target, int steps, LatencyStats editToFrame, LatencyStats queue, LatencyStats engine,
                         LatencyStats handoff, LatencyStats apply, LatencyStats pulse, long computed, long dropped,
                         double seconds) {
        public String report() {
            return String.format(Locale.US, "%s: steps=%d in %.1f s; edit→frame %s; engine %s; apply %s; "
                            + "analyses computed=%d, dropped=%d", target.label, steps, seconds, editToFrame.summary(),
                    engine.summary(), apply.summary(), computed, dropped);
        }

        /** One Markdown table row: slider, steps, p50, p95, max, then the p50 and p95 of each part. */
        public String markdownRow() {
            return String.format(Locale.US, "| %s | %d | %.0f | **%.0f** | %.0f | %s | %s | %s | %s | %s |", target.label,
                    steps, editToFrame.quantileMillis(0.5), editToFrame.quantileMillis(0.95), editToFrame.maxMillis(),
                    pair(queue), pair(engine), pair(handoff), pair(apply), pair(pulse));
        }

        static String header() {
            return "| slider | steps | p50 ms | p95 ms | max ms | queue p50/p95 | engine | hand-off | apply (FX) | pulse (CSS+layout) |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|";
        }

        private static String pair(LatencyStats stats) {
            return String.format(Locale.US, "%.1f / %.1f", stats.quantileMillis(0.5), stats.quantileMillis(0.95));
        }
    }

    private DragLatencyHarness() {
    }

    /** Drags the hedge slider through {@code steps} values (call from a thread other than the FX thread). */
    public static Result run(Workstation workstation, int steps) throws InterruptedException {
        return run(workstation, Target.HEDGE, steps);
    }

    /** Drags {@code target} through {@code steps} values (call from a thread other than the FX thread). */
    public static Result run(Workstation workstation, Target target, int steps) throws InterruptedException {
        ScenarioViewModel vm = workstation.vm();
        Probe probe = new Probe(steps);
        CountDownLatch done = new CountDownLatch(1);
        long computedBefore = vm.live().service().computedCount();
        long droppedBefore = vm.live().service().droppedCount();
        long[] startNanos = new long[1];
        Platform.runLater(() -> {
            Slider slider = (Slider) workstation.scene().lookup(target.selector);
            if (slider == null) {
                throw new IllegalStateException("no slider " + target.selector + " in the window");
            }
            double from = slider.getValue();
            Runnable[] onPulse = new Runnable[1];
            onPulse[0] = () -> {
                if (probe.onPulse(vm) && done.getCount() > 0) {
                    done.countDown();
                    // Leave the window as found: the listener off, the slider back where it was.
                    Platform.runLater(() -> {
                        workstation.scene().removePostLayoutPulseListener(onPulse[0]);
                        slider.setValue(from);
                    });
                }
            };
            workstation.scene().addPostLayoutPulseListener(onPulse[0]);
            slider.setValueChanging(true);
            startNanos[0] = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long frameTime) {
                    int step = probe.nextStep;
                    if (step == steps) {
                        stop();
                        slider.setValueChanging(false);
                        return;
                    }
                    probe.requestedAt[step] = System.nanoTime();
                    slider.setValue(sweep(slider, target, step));
                    probe.sequence[step] = vm.live().latestRequest();
                    probe.nextStep = step + 1;
                }
            }.start();
        });
        if (!done.await(180, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the drag did not finish: " + probe.firstUnshown + " of " + steps + " steps shown");
        }
        double seconds = (System.nanoTime() - startNanos[0]) / 1e9;
        return new Result(target, steps, probe.frames, probe.queue, probe.engine, probe.handoff, probe.apply, probe.pulse,
                vm.live().service().computedCount() - computedBefore,
                vm.live().service().droppedCount() - droppedBefore, seconds);
    }

    /** The slider's value at {@code step}: min → max → min … in the target's steps, like a trader rocking it. */
    static double sweep(Slider slider, Target target, int step) {
        double range = slider.getMax() - slider.getMin();
        double unit = Double.isNaN(target.step) ? range / 100 : target.step;
        int stepsPerLeg = (int) Math.max(1, Math.round(range / unit));
        int phase = step % (2 * stepsPerLeg);
        int along = phase <= stepsPerLeg ? phase : 2 * stepsPerLeg - phase;
        return Math.min(slider.getMax(), slider.getMin() + along * unit);
    }

    /** The per-step and per-frame bookkeeping, touched only on the FX thread. */
    private static final class Probe {
        final LatencyStats frames;
        final LatencyStats queue;
        final LatencyStats engine;
        final LatencyStats handoff;
        final LatencyStats apply;
        final LatencyStats pulse;
        final long[] requestedAt;
        final long[] sequence;
        int nextStep;
        int firstUnshown;
        long lastResultSeen = -1;

        Probe(int steps) {
            frames = new LatencyStats(steps);
            queue = new LatencyStats(steps);
            engine = new LatencyStats(steps);
            handoff = new LatencyStats(steps);
            apply = new LatencyStats(steps);
            pulse = new LatencyStats(steps);
            requestedAt = new long[steps];
            sequence = new long[steps];
        }

        /** Records the steps this frame shows; true when every step has been shown. */
        boolean onPulse(ScenarioViewModel vm) {
            AnalysisService.Result applied = vm.live().lastResultProperty().get();
            long now = System.nanoTime();
            if (applied != null && applied.request().sequence() != lastResultSeen && firstUnshown < nextStep) {
                lastResultSeen = applied.request().sequence();
                long delivered = vm.live().lastDeliveredAtNanos();
                queue.record(applied.startedAtNanos() - applied.request().requestedAtNanos());
                engine.record(applied.computeNanos());
                handoff.record(delivered - applied.startedAtNanos() - applied.computeNanos());
                apply.record(vm.live().lastApplyNanos());
                pulse.record(now - delivered - vm.live().lastApplyNanos());
            }
            while (firstUnshown < nextStep && applied != null && applied.request().sequence() >= sequence[firstUnshown]) {
                frames.record(now - requestedAt[firstUnshown]);
                firstUnshown++;
            }
            return firstUnshown == requestedAt.length;
        }
    }
}
