package org.condordesk.ui.work;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;

/**
 * The background worker that analyses scenarios, a {@link Worker}: only the latest request is computed (a request
 * replaced before the worker picks it up is dropped, so a slider drag never builds a queue), and one already being
 * computed still shows its result (a drag keeps moving the charts). Results are handed to the sink through
 * {@code deliver} (the FX thread in the application).
 */
public final class AnalysisService implements AutoCloseable {

    /** The engine call, replaceable in tests. */
    @FunctionalInterface
    public interface Engine {
        Analysis analyze(Scenario scenario, AnalysisSettings settings);
    }

    /** What to analyse, numbered in request order, stamped with {@link System#nanoTime()} at request. */
    public record Request(long sequence, Scenario scenario, AnalysisSettings settings, long requestedAtNanos) {
    }

    /**
     * An analysis (or the one-line reason it failed) for a request, when the worker started it
     * ({@link System#nanoTime()}) and how long the engine took.
     */
    public record Result(Request request, Analysis analysis, String error, long startedAtNanos, long computeNanos) {
        public boolean failed() {
            return analysis == null;
        }
    }

    /** The engine on the scenario's market, reusing the last market while an edit leaves it unchanged (a slider drag). */
    public static final Engine DEFAULT_ENGINE = marketReusingEngine();

    private static Engine marketReusingEngine() {
        // Shared by every window's worker: a race only costs a rebuild, as of(scenario, previous) checks its inputs.
        AtomicReference<MarketState> last = new AtomicReference<>();
        return (scenario, settings) -> {
            MarketState market = MarketState.of(scenario, last.get());
            last.set(market);
            return Analyzer.analyze(scenario, market, settings);
        };
    }

    private final Engine engine;
    private final Worker worker;
    private final AtomicLong sequence = new AtomicLong();
    private volatile Consumer<Result> sink = result -> { };

    public AnalysisService(Engine engine, Executor deliver) {
        this.engine = engine;
        this.worker = new Worker("condordesk-analysis", deliver);
    }

    public void setSink(Consumer<Result> sink) {
        this.sink = sink;
    }

    /** Queues an analysis of {@code scenario}; any request still waiting is dropped in its favour. */
    public Request submit(Scenario scenario, AnalysisSettings settings) {
        Request request = new Request(sequence.incrementAndGet(), scenario, settings, System.nanoTime());
        long[] startedAt = new long[1];
        worker.submit(job -> {
            startedAt[0] = System.nanoTime();
            Analysis analysis = engine.analyze(request.scenario(), request.settings());
            return new Result(request, analysis, null, startedAt[0], System.nanoTime() - startedAt[0]);
        }, result -> sink.accept(result), failure -> sink.accept(failed(request, failure.message(), startedAt[0])));
        return request;
    }

    /** A failed request: a refusal keeps its one line, anything else says it was the analysis that failed. */
    private static Result failed(Request request, String error, long startedAt) {
        return new Result(request, null, error, startedAt, System.nanoTime() - startedAt);
    }

    public long computedCount() {
        return worker.ranCount();
    }

    public long droppedCount() {
        return worker.droppedCount();
    }

    /** Waits until every request so far was analysed and handed over (tests). */
    public boolean awaitIdle(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return worker.awaitIdle(timeout, unit);
    }

    @Override
    public void close() {
        worker.close();
    }
}
