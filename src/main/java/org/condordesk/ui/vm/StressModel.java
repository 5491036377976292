package org.condordesk.ui.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.condordesk.app.StressHistories;
import org.condordesk.capital.CapitalAnalysis;
import org.condordesk.capital.CapitalReport;
import org.condordesk.capital.HedgeOptimizer;
import org.condordesk.capital.HedgeSolution;
import org.condordesk.capital.StressHistory;
import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.export.StressCsv;
import org.condordesk.ui.work.BackgroundCsv;
import org.condordesk.ui.work.LatestOnly;

/**
 * The Stress tab's figures (docs/capital.md): the stress library, the capital report and the three hedge sizings of
 * the scenario on screen, computed in the background while the tab is shown (and only then), and the stress table's
 * CSV export, written in the background too. The bundled history is read once, on the worker.
 */
public final class StressModel implements AutoCloseable {

    /** Everything the tab shows for one scenario; {@code hedges} in the order vega, min-variance, min-worst. */
    public record Result(Scenario scenario, StressReport stresses, CapitalReport capital, List<HedgeSolution> hedges,
                         double maxSize) {
    }

    private record Job(Scenario scenario, double maxSize) {
    }

    private final ScenarioViewModel vm;
    private final Supplier<Optional<StressHistory>> history;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final LatestOnly<Job, Result> worker;
    private final BackgroundCsv writer;
    private volatile Optional<StressHistory> loaded;
    private boolean active;
    private double maxSize = HedgeOptimizer.DEFAULT_MAX_SIZE;

    public StressModel(ScenarioViewModel vm, Executor fxThread) {
        this(vm, fxThread, () -> Optional.of(StressHistories.bundled()));
    }

    /** {@code history} is read once, on the worker, the first time a result is computed. */
    public StressModel(ScenarioViewModel vm, Executor fxThread, Supplier<Optional<StressHistory>> history) {
        this.vm = vm;
        this.history = history;
        this.worker = new LatestOnly<>("condordesk-stress", this::compute, fxThread, outcome -> {
            computing.set(false);
            if (outcome.failed()) {
                vm.reportFailure("Stress and capital", outcome.failure());
            } else {
                result.set(outcome.output());
            }
        });
        this.writer = new BackgroundCsv(vm.status(), fxThread, "condordesk-stress-csv", "the stress table");
        vm.scenarioProperty().addListener((obs, old, scenario) -> refresh());
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True from a request until its result (or failure) is on screen. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Computes while the tab is on screen; a hidden tab costs nothing. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    /** The upper bound of every hedge layer's size in the min-variance and min-worst searches. */
    public Optional<String> setMaxSize(double multiple) {
        if (!(multiple > 0) || multiple > Layer.MAX_SIZE_MULTIPLIER) {
            return vm.refuseInput("The search bound must be above 0 and at most " + (int) Layer.MAX_SIZE_MULTIPLIER);
        }
        maxSize = multiple;
        refresh();
        return Optional.empty();
    }

    public double maxSize() {
        return maxSize;
    }

    private void refresh() {
        if (active) {
            computing.set(true);
            worker.submit(new Job(vm.scenario(), maxSize));
        }
    }

    private Result compute(Job job) {
        Optional<StressHistory> replayed = history();
        StressValuation valuation = StressValuation.of(job.scenario());
        StressReport stresses = StressReport.of(valuation, replayed);
        CapitalReport capital = CapitalAnalysis.run(valuation, replayed, CapitalAnalysis.Settings.defaults());
        List<HedgeSolution> hedges = List.of(HedgeOptimizer.Mode.values()).stream()
                .map(mode -> HedgeOptimizer.solve(valuation, stresses.results(), mode, job.maxSize())).toList();
        return new Result(job.scenario(), stresses, capital, hedges, job.maxSize());
    }

    private Optional<StressHistory> history() {
        Optional<StressHistory> once = loaded;
        if (once == null) {
            once = history.get();
            loaded = once;
        }
        return once;
    }

    /**
     * Sets the hedge layers to {@code solution}'s sizes as one undoable edit; refused when the scenario changed since
     * the sizes were computed (they were found for the one on screen then).
     */
    public Optional<String> apply(HedgeSolution solution) {
        Result shown = result.get();
        if (shown == null || shown.scenario() != vm.scenario()) {
            return vm.refuseInput("These sizes were computed for an earlier version of the scenario: wait for the new ones");
        }
        if (shown.scenario().isLive()) {
            // A live layer holds real contracts: its size is reached by trading the difference at mid.
            java.util.Map<Integer, Double> factors = new java.util.LinkedHashMap<>();
            solution.sizes().forEach(size -> factors.put(size.layerIndex(), size.size()));
            return vm.positions().resizeAll(factors);
        }
        return vm.edit("size the hedge layers (" + solution.mode().key() + ")", s -> {
            Scenario sized = s;
            for (HedgeSolution.LayerSize size : solution.sizes()) {
                sized = sized.mapLayer(size.layerIndex(),
                        layer -> size.size() > 0 ? layer.withSize(size.size()).withEnabled(true) : layer.withSize(0));
            }
            return sized;
        });
    }

    /** The VX initial margin per contract in $; blank clears it (back to the labelled placeholder). */
    public Optional<String> setVxMargin(String text) {
        OptionalDouble value;
        if (text == null || text.isBlank()) {
            value = OptionalDouble.empty();
        } else {
            double dollars;
            try {
                dollars = LegEdits.number("vxInitialMarginPerContract", text);
            } catch (ValidationException e) {
                return vm.refuseInput(e);
            }
            Check.finite("vxInitialMarginPerContract", dollars);
            value = OptionalDouble.of(dollars);
        }
        return vm.edit("change the VX initial margin",
                s -> s.withCapital(s.capital().withVxInitialMarginPerContract(value)));
    }

    /** Writes the stress table on screen to {@code file} as CSV, in the background. */
    public void exportCsv(Path file) {
        Result shown = result.get();
        if (shown == null) {
            vm.refuseInput("The stresses have not been computed yet: show the Stress tab first");
            return;
        }
        writer.write(file, () -> StressCsv.of(shown.stresses()));
    }

    @Override
    public void close() {
        worker.close();
        writer.close();
    }
}
