package org.condordesk.ui.chart;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Probabilities;
import org.condordesk.risk.ProbabilityReport;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.work.Worker;

/**
 * The risk graph's probabilities (issue 31 §4, docs/model.md §20): expected move, P(profit) at expiry and at T+n,
 * P(max profit), P(touch) of each short strike and P(loss beyond) a level the user types. Computed on its own
 * {@link Worker} after each analysis (a drag drops the stale ones); the FX thread only shows them.
 */
public final class ProbabilityStrip extends FlowPane {

    /** What one computation needs: the scenario analysed, its analysis and the loss level (NaN: the default). */
    record Job(Scenario scenario, Analysis analysis, double lossLevelDollars) {
    }

    private final Label move = new Label();
    private final Label profit = new Label();
    private final Label touch = new Label();
    private final Label loss = new Label();
    private final TextField lossLevel = new TextField();
    private final Worker worker;
    private final Consumer<Optional<ProbabilityReport>> band;
    private Job last;

    ProbabilityStrip(Executor deliver, Consumer<Optional<ProbabilityReport>> band) {
        super(10, 2);
        this.band = band;
        getStyleClass().add("probability-strip");
        setId("probabilities");
        move.setId("expectedMove");
        profit.setId("probabilityOfProfit");
        touch.setId("probabilityOfTouch");
        loss.setId("probabilityOfLoss");
        lossLevel.setId("lossLevel");
        lossLevel.setPromptText("half max loss");
        lossLevel.setPrefColumnCount(7);
        Tips.set(lossLevel, "P(loss beyond) this many $ at the core expiry; empty: half the max loss on the range");
        Tips.on(move, "One standard deviation of SPX to the core expiry: the ATM straddle's price (the shaded band) "
                + "and S·σ·√T from the ATM vol. Model smile, docs/model.md §20");
        Tips.on(profit, "Probability of a profit at the core expiry and at the T+n date, and of ending within 1 % of max "
                + "profit: the risk-neutral distribution of the model's smile, VIX through the spot–vol map");
        Tips.on(touch, "Probability that SPX trades at each short strike before its expiry (barrier-hit probability at "
                + "the strike's smile vol)");
        lossLevel.setOnAction(e -> resubmit());
        worker = new Worker("condordesk-probabilities", deliver);
        getChildren().addAll(move, profit, touch, loss, lossLevel);
        show(Optional.empty());
    }

    private static Optional<ProbabilityReport> compute(Job job) {
        return Probabilities.of(job.scenario(), MarketState.of(job.scenario()), job.analysis(),
                Double.isNaN(job.lossLevelDollars()) ? OptionalDouble.empty() : OptionalDouble.of(job.lossLevelDollars()));
    }

    /** Asks for the probabilities of {@code analysis} (of {@code scenario}); the shown ones stay until they arrive. */
    void submit(Scenario scenario, Analysis analysis) {
        Job job = new Job(scenario, analysis, level());
        last = job;
        // a failure (a book the engine refuses) leaves the strip blank; the analysis' own status line says why
        worker.submit(running -> compute(job), this::show, failure -> show(Optional.empty()));
    }

    private void resubmit() {
        if (last != null) {
            submit(last.scenario(), last.analysis());
        }
    }

    /** The typed level ($ ≥ 0), NaN when empty or not a number (the field then shows the default). */
    private double level() {
        String text = lossLevel.getText() == null ? "" : lossLevel.getText().strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Math.abs(Fmt.parse(text));
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void show(Optional<ProbabilityReport> report) {
        band.accept(report);
        if (report.isEmpty()) {
            move.setText("Expected move —");
            profit.setText("P(profit) —");
            touch.setText("");
            loss.setText("P(loss >");
            return;
        }
        ProbabilityReport p = report.get();
        move.setText("Exp. move ±" + Fmt.number(p.expectedMove().fromStraddle(), 0) + " (σ ±"
                + Fmt.number(p.expectedMove().fromImpliedVol(), 0) + ")");
        profit.setText("P(profit) " + Fmt.percent(p.profitAtExpiry(), 0) + " · T+n " + Fmt.percent(p.profitAtTarget(), 0)
                + " · max " + Fmt.percent(p.maxProfit(), 0));
        StringBuilder touches = new StringBuilder();
        for (ProbabilityReport.Touch t : p.touch()) {
            touches.append(touches.length() == 0 ? "Touch " : " · ").append(Fmt.number(t.strike(), 0))
                    .append(t.right().name().charAt(0)).append(' ').append(Fmt.percent(t.probability(), 0));
        }
        touch.setText(touches.toString());
        loss.setText("P(loss > " + Fmt.usd0(p.lossBeyond().levelDollars()) + ") "
                + Fmt.percent(p.lossBeyond().probability(), 0));
    }

    /** The latest report shown, for tests: the labels' text. */
    public String text() {
        return String.join(" | ", move.getText(), profit.getText(), touch.getText(), loss.getText());
    }
}
