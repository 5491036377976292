package org.condordesk.ui.vm;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.LatencyStats;

/**
 * The analysis side of the workstation: the settings (time shift, T+n date, VIX shift), the latest
 * {@link Analysis} and the request → applied latency. Results arrive from the {@link AnalysisService}
 * on the FX thread; this class only stores them.
 */
public final class LiveAnalysis {

    /**
     * The workstation's grid: ±10 % SPX in 241 points (break-evens are root-refined anyway), with T+3 and T+7
     * lines beside T+0, T+n and the expiry.
     */
    public static final AnalysisSettings DEFAULT_SETTINGS = AnalysisSettings.defaults().withRange(-10, 10, 241)
            .withExtraCurveOffsetsDays(java.util.List.of(3.0, 7.0));

    private final ReadOnlyObjectWrapper<AnalysisSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", DEFAULT_SETTINGS);
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<AnalysisService.Result> lastResult = new ReadOnlyObjectWrapper<>(this, "lastResult");
    private final LatencyStats latency = new LatencyStats(4096);
    /** The status line's window: the last {@value #RECENT_EDITS} edits (issue 27 §6). */
    public static final int RECENT_EDITS = 100;
    private final LatencyStats recentLatency = new LatencyStats(RECENT_EDITS);
    private long lastDeliveredAtNanos;
    private long lastApplyNanos;
    private final AnalysisService service;
    private final Supplier<Scenario> current;
    private Scenario analysed;
    private long latestRequest;
    private boolean startupResultSeen;

    LiveAnalysis(AnalysisService service, Supplier<Scenario> current, Consumer<AnalysisService.Result> afterApply) {
        this.service = service;
        this.current = current;
        service.setSink(result -> {
            long delivered = System.nanoTime();
            apply(result);
            afterApply.accept(result);
            lastDeliveredAtNanos = delivered;
            lastApplyNanos = System.nanoTime() - delivered;
        });
    }

    public ReadOnlyObjectProperty<AnalysisSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AnalysisSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    /** The latest result applied, with its request (sequence, time stamp) and engine time. */
    public ReadOnlyObjectProperty<AnalysisService.Result> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Request → applied latency of every result, measured on the FX thread. */
    public LatencyStats latency() {
        return latency;
    }

    /** The same latency over the last {@value #RECENT_EDITS} edits only: what the status line shows. */
    public LatencyStats recentLatency() {
        return recentLatency;
    }

    /** When the latest result reached the FX thread ({@link System#nanoTime()}): the end of its hand-off. */
    public long lastDeliveredAtNanos() {
        return lastDeliveredAtNanos;
    }

    /** How long the FX thread took to apply the latest result to every view (their listeners), in nanoseconds. */
    public long lastApplyNanos() {
        return lastApplyNanos;
    }

    /** Sequence number of the latest request. */
    public long latestRequest() {
        return latestRequest;
    }

    public AnalysisService service() {
        return service;
    }

    /** True when the analysis on screen belongs to exactly this scenario and the latest settings. */
    public boolean isFor(Scenario scenario) {
        AnalysisService.Result result = lastResult.get();
        return analysis.get() != null && analysed == scenario && result != null && !result.failed()
                && result.request().sequence() == latestRequest;
    }

    /** Analysis date: calendar days after the valuation time. */
    public void setShiftDays(double days) {
        setSettings(settings.get().withShiftDays(Math.max(0, days)));
    }

    /** T+n curve and heatmap date; null for the default (halfway to the core expiry). */
    public void setTargetDate(LocalDate date) {
        setSettings(settings.get().withTargetDate(date));
    }

    /** Parallel move of spot VIX in points, through the vol factor model. */
    public void setVixShift(double points) {
        setSettings(settings.get().withVixShift(points));
    }

    /** The extra T+n lines of the risk graph, in days after the analysis date. */
    public void setExtraCurveOffsets(java.util.List<Double> offsetsDays) {
        setSettings(settings.get().withExtraCurveOffsetsDays(offsetsDays));
    }

    public void resetShifts() {
        setSettings(settings.get().withShiftDays(0).withTargetDate(null).withVixShift(0));
    }

    private void setSettings(AnalysisSettings value) {
        if (!value.equals(settings.get())) {
            settings.set(value);
            request();
        }
    }

    /** Asks for an analysis of the current scenario under the current settings. */
    void request() {
        latestRequest = service.submit(current.get(), settings.get()).sequence();
    }

    private void apply(AnalysisService.Result result) {
        if (startupResultSeen) {
            long nanos = System.nanoTime() - result.request().requestedAtNanos();
            latency.record(nanos);
            recentLatency.record(nanos);
        }
        // The first result waits for the window to be built and shown: it says nothing about edits.
        startupResultSeen = true;
        if (!result.failed()) {
            analysed = result.request().scenario();
            analysis.set(result.analysis());
        }
        lastResult.set(result);
    }
}
