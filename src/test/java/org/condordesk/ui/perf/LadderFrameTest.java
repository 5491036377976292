package org.condordesk.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.SampleChains;
import org.condordesk.chain.SyntheticChain;
import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.Tenor;
import org.condordesk.store.csv.ChainCsvWriter;
import org.condordesk.ui.WorkstationFxBase;
import org.condordesk.ui.chain.LadderModel;
import org.condordesk.ui.chain.LadderWindow;
import org.condordesk.ui.chain.QuoteSource;
import org.condordesk.ui.work.LatencyStats;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 31 §1: the ladder on a full-size SPX chain (about 20,000 quotes) opens an expiry and scrolls within a frame.
 * Per step, the time from the change (an expiry selected, the table scrolled one page) to the end of the layout of
 * the pulse that shows it (a post-layout pulse listener), one step per animation frame. Headless (Monocle, software
 * rendering); the figures with the machine are in docs/performance.md. Tagged latency: {@code mvn -Platency test}.
 */
@Tag("latency")
class LadderFrameTest extends WorkstationFxBase {

    /** Each expiry is opened this many times in the measured part. */
    private static final int OPEN_PASSES = 4;

    @TempDir
    Path dir;

    @Test
    void openingAnExpiryAndScrollingStayWithinAFrameOnAFullChain() throws Exception {
        OptionChain chain = fullChain();
        assertThat(chain.quotes().size()).isBetween(15_000, 25_000);
        Path file = dir.resolve("spx-full.csv");
        Files.writeString(file, ChainCsvWriter.longLayout(chain), StandardCharsets.UTF_8);
        LadderWindow window = onFx(() -> LadderWindow.showFor(stage, app.vm, app.workstation.theme()));
        LadderModel model = window.model();
        onFx(() -> {
            model.open(LadderModel.Underlying.SPX, QuoteSource.of(file));
            return null;
        });
        waitUntil("the full chain is loaded", 120, () -> model.loadedProperty(LadderModel.Underlying.SPX).get() != null);
        Scene scene = onFx(() -> window.stage().getScene());
        TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#spxLadderTable"));
        List<ExpiryAnalysis> expiries = onFx(() -> model.loadedProperty(LadderModel.Underlying.SPX).get().analysis().expiries());

        // Warm-up, not recorded: every expiry opened once and 200 scroll steps, so the figures are the JIT-compiled
        // steady state a trader sees after the first minute, not the interpreter's first pass (JMH's warm-up, by hand).
        int warmRows = onFx(() -> table.getItems().size());
        measure(scene, expiries.size(), new LatencyStats(expiries.size()), step -> model.selectedProperty(
                LadderModel.Underlying.SPX).set(expiries.get(step % expiries.size())));
        measure(scene, 200, new LatencyStats(200), step -> table.scrollTo((step * 7) % Math.max(warmRows, 1)));
        int opens = expiries.size() * OPEN_PASSES;
        LatencyStats openHandlers = new LatencyStats(opens);
        LatencyStats open = measure(scene, opens, openHandlers, step -> model.selectedProperty(
                LadderModel.Underlying.SPX).set(expiries.get(step % expiries.size())));
        int rows = onFx(() -> table.getItems().size());
        LatencyStats scrollHandlers = new LatencyStats(600);
        LatencyStats scroll = measure(scene, 600, scrollHandlers, step -> table.scrollTo((step * 7) % Math.max(rows, 1)));
        // a page at a time (Page Down, a drag of the scroll bar): every visible row shows new strikes, as on opening
        LatencyStats pageHandlers = new LatencyStats(200);
        LatencyStats page = measure(scene, 200, pageHandlers, step -> table.scrollTo((step * 40) % Math.max(rows, 1)));
        String report = String.format("LadderFrameTest: %,d quotes, %d expiries, %d rows shown; %s; %s; %s",
                chain.quotes().size(), expiries.size(), rows, line("open an expiry", open, openHandlers),
                line("scroll 7 rows", scroll, scrollHandlers), line("scroll a page", page, pageHandlers));
        System.out.println(report);
        assertThat(open.count()).isEqualTo(opens);
        assertThat(scroll.count()).isEqualTo(600);
    }

    private static String line(String what, LatencyStats frame, LatencyStats handlers) {
        return String.format("%s p50 %.2f ms p95 %.2f ms max %.2f ms (in listeners p50 %.2f p95 %.2f)", what,
                frame.quantileMillis(0.5), frame.quantileMillis(0.95), frame.maxMillis(), handlers.quantileMillis(0.5),
                handlers.quantileMillis(0.95));
    }

    /**
     * Runs {@code change} once per animation frame, {@code steps} times; each step's change → end-of-layout time, and
     * into {@code handlers} the part spent in the change itself (the listeners, before the pulse's CSS and layout).
     */
    private static LatencyStats measure(Scene scene, int steps, LatencyStats handlers, java.util.function.IntConsumer change)
            throws InterruptedException {
        LatencyStats stats = new LatencyStats(steps);
        CountDownLatch done = new CountDownLatch(1);
        long[] changedAt = {0};
        int[] step = {0};
        Runnable listener = () -> {
            if (changedAt[0] != 0) {
                stats.record(System.nanoTime() - changedAt[0]);
                changedAt[0] = 0;
            }
        };
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (changedAt[0] != 0) {
                    return; // the previous change has not reached a frame yet
                }
                if (step[0] == steps) {
                    stop();
                    done.countDown();
                    return;
                }
                changedAt[0] = System.nanoTime();
                change.accept(step[0]++);
                handlers.record(System.nanoTime() - changedAt[0]);
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(listener);
            timer.start();
            return null;
        });
        assertThat(done.await(300, TimeUnit.SECONDS)).isTrue();
        onFx(() -> {
            scene.removePostLayoutPulseListener(listener);
            return null;
        });
        return stats;
    }

    /** SPXW on the next 22 business days: about 20,000 quotes, SPX-like strikes. */
    private static OptionChain fullChain() {
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        LocalDate date = SampleChains.QUOTE_TIME.toLocalDate().plusDays(1);
        int count = 0;
        while (count < 22) {
            if (date.getDayOfWeek().getValue() <= 5) {
                double forward = SampleChains.SPX_SPOT * Math.exp((SampleChains.RATE - SampleChains.DIVIDEND_YIELD)
                        * Tenor.years(SampleChains.QUOTE_TIME, OptionRoot.SPXW.settlementTime(date)));
                expiries.add(new SyntheticChain.Expiry(OptionRoot.SPXW, date, forward,
                        SyntheticChain.spxStrikes(Math.round(forward / 5) * 5)));
                count++;
            }
            date = date.plusDays(1);
        }
        return SyntheticChain.generate("SPX", OptionalDouble.of(SampleChains.SPX_SPOT), SampleChains.QUOTE_TIME,
                SampleChains.RATE, expiries, SampleChains.SPX_SURFACE, SampleChains.SPX_QUOTING);
    }
}
