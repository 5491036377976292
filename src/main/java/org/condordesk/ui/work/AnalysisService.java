package org.condordesk.ui.work;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;

/**
 * The one background worker that analyses scenarios. Only the latest request is computed: a request that
 * is replaced before the worker picks it up is dropped, so a slider drag never builds a queue. Results are
 * handed to the sink through {@code deliver} (the FX thread in the application).
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
    private final Executor deliver;
    private final ExecutorService worker = DaemonThreads.single("condordesk-analysis");
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Consumer<Result> sink = result -> { };

    public AnalysisService(Engine engine, Executor deliver) {
        this.engine = engine;
        this.deliver = deliver;
    }

    public void setSink(Consumer<Result> sink) {
        this.sink = sink;
    }

    /** Queues an analysis of {@code scenario}; any request still waiting is dropped in its favour. */
    public Request submit(Scenario scenario, AnalysisSettings settings) {
        Request request = new Request(sequence.incrementAndGet(), scenario, settings, System.nanoTime());
        if (worker.isShutdown()) {
            // The window is closing: a last slider event has nothing to be analysed for.
            return request;
        }
        Request replaced = pending.getAndSet(request);
        if (replaced != null) {
            // The worker has not started it and never will: the drain already scheduled will take ours.
            dropped.incrementAndGet();
        } else {
            worker.execute(this::drain);
        }
        return request;
    }

    private void drain() {
        Request request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        long start = System.nanoTime();
        Result result;
        try {
            result = new Result(request, engine.analyze(request.scenario(), request.settings()), null, start,
                    System.nanoTime() - start);
        } catch (ValidationException e) {
            result = new Result(request, null, e.getMessage(), start, System.nanoTime() - start);
        } catch (RuntimeException e) {
            result = new Result(request, null, "analysis failed: " + e, start, System.nanoTime() - start);
        }
        computed.incrementAndGet();
        Result delivered = result;
        deliver.execute(() -> sink.accept(delivered));
    }

    public long computedCount() {
        return computed.get();
    }

    public long droppedCount() {
        return dropped.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
