package org.condordesk.ui.signals;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.model.MarketEvent;
import org.condordesk.signals.AlvhDecision;
import org.condordesk.signals.ReplayStatistics;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * The Signals window (its own stage, so the main window keeps its 1280×800 layout): the history chart with the
 * indicators, the rule output over time and the event marks; the rules editor; replay with progress and cancel;
 * history import; and Apply, which sets today's output on the scenario's HEDGE layer through the view model.
 */
public final class SignalsWindow {

    private final Stage stage = new Stage();
    private final ScenarioViewModel vm;
    private final SignalsModel model;
    private final HistoryChart chart = new HistoryChart();
    private final TextArea explanation = new TextArea();
    private final Label today = new Label("Run a replay to see today's output");
    private final Button apply = new Button("Apply to hedge layer");
    private final Label stale = new Label();

    public SignalsWindow(Window owner, ScenarioViewModel vm, Path libraryFile, List<String> stylesheets) {
        this.vm = vm;
        this.model = new SignalsModel(libraryFile);
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Signals and adaptive hedge (ALVH)");
        Button replay = new Button("Replay");
        replay.setId("signalsReplay");
        replay.setOnAction(e -> model.replay(vm.scenario().alvh()));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        Button importButton = new Button("Import history…");
        importButton.setOnAction(e -> importHistory());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        apply.setId("alvhApply");
        apply.setDisable(true);
        apply.setOnAction(e -> {
            SignalsModel.Replayed done = model.resultProperty().get();
            if (done != null) {
                vm.hedge().applyAlvhSize(done.today().size());
            }
        });
        HBox bar = new HBox(8, importButton, replay, cancel, progress, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setPadding(new Insets(6));
        HBox todayBar = new HBox(8, today, apply);
        todayBar.setPadding(new Insets(0, 6, 6, 6));
        explanation.setEditable(false);
        explanation.setWrapText(true);
        explanation.setId("alvhExplanation");
        RulesEditor editor = new RulesEditor(vm, () -> model.replay(vm.scenario().alvh()));
        SplitPane bottom = new SplitPane(editor, explanation);
        bottom.setDividerPositions(0.6);
        SplitPane center = new SplitPane(chart, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.68);
        stale.setId("historyStale");
        stale.getStyleClass().add("history-stale");
        stale.setWrapText(true);
        stale.managedProperty().bind(stale.visibleProperty());
        stale.setVisible(false);
        BorderPane root = new BorderPane(center, new javafx.scene.layout.VBox(bar, todayBar, stale), null, null, null);
        model.resultProperty().addListener((o, a, done) -> show(done));
        // 1200×860 does not fit a 1280×800 laptop: at most 94 % of the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1200, screen.getWidth() * 0.94), Math.min(860, screen.getHeight() * 0.94));
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
    }

    public Stage stage() {
        return stage;
    }

    /** Runs {@code action} on the FX thread once the next replay result is shown. */
    public void resultReady(Runnable action) {
        model.resultProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends SignalsModel.Replayed> o,
                                SignalsModel.Replayed a, SignalsModel.Replayed b) {
                model.resultProperty().removeListener(this);
                Platform.runLater(action);
            }
        });
    }

    public HistoryChart chart() {
        return chart;
    }

    public void show() {
        stage.show();
        model.replay(vm.scenario().alvh());
    }

    private void show(SignalsModel.Replayed done) {
        List<MarketEvent> marks = new ArrayList<>(vm.eventCalendar().events());
        marks.addAll(vm.scenario().events());
        double[] sizes = new double[done.series().size()];
        System.arraycopy(done.replay().sizes(), 0, sizes, done.replay().from(), done.replay().sizes().length);
        chart.show(done.series(), sizes, marks);
        java.util.Optional<String> warning = StaleHistory.warning(done.lastBars(),
                vm.scenario().valuationTime().toLocalDate());
        stale.setText(warning.orElse(""));
        stale.setVisible(warning.isPresent());
        AlvhDecision decision = done.today();
        today.setText(String.format(Locale.ROOT, "Output on %s: %s %s%s", decision.date(), format(decision.size()),
                decision.unit() == org.condordesk.model.AlvhRuleSet.SizeUnit.CONTRACTS ? "contracts" : "× base",
                decision.fallback() ? " (no rule fired: fallback)" : ""));
        apply.setDisable(false);
        explanation.setText(explain(decision, done.statistics()));
    }

    static String explain(AlvhDecision decision, ReplayStatistics stats) {
        StringBuilder text = new StringBuilder();
        for (AlvhDecision.RuleOutcome rule : decision.rules()) {
            text.append(rule.fired() ? "FIRED  " : "       ").append(rule.name()).append(" → ").append(format(rule.size())).append('\n');
            rule.conditions().forEach(c -> text.append("         ").append(c.describe()).append('\n'));
        }
        text.append(String.format(Locale.ROOT, "%nReplay %s to %s (%d days, walk-forward)%n", stats.from(), stats.to(), stats.days()));
        stats.shareAtLevel().forEach((size, share) -> text.append(String.format(Locale.ROOT, "  at %s: %.1f %% of days%n",
                format(size), 100 * share)));
        text.append(String.format(Locale.ROOT, "  %d level changes, %.1f a year%n", stats.changes(), stats.changesPerYear()));
        text.append(String.format(Locale.ROOT, "  %d VIX spikes: grew before %d, same day %d, after %d, not within %d days %d%n",
                stats.spikes().size(), stats.spikesLed(), stats.spikesSameDay(), stats.spikesLagged(),
                ReplayStatistics.SPIKE_WINDOW, stats.spikesMissed()));
        return text.toString();
    }

    private static String format(double size) {
        return org.condordesk.model.Check.format(size);
    }

    private void importHistory() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import daily history (Cboe, Yahoo, Stooq or A/D CSV)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(stage);
        if (file == null) {
            return;
        }
        ChoiceDialog<String> symbol = new ChoiceDialog<>("SPX", "SPX", "VIX", "VIX3M", HistoryStore.AD_SYMBOL);
        symbol.initOwner(stage);
        symbol.setHeaderText("Which series is " + file.getName() + "? (" + HistoryStore.AD_SYMBOL + " = Advance–Decline)");
        symbol.showAndWait().ifPresent(chosen -> model.importHistory(file.toPath(), chosen, this::review));
    }

    private void review(SignalsModel.ImportReview review) {
        if (review.skipped().isEmpty()) {
            model.keep(review);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setHeaderText(review.skipped().size() + " bad rows in " + review.file().getFileName() + "; "
                + review.rowsKept() + " good rows");
        TextArea report = new TextArea(String.join("\n", review.skipped().stream()
                .map(p -> p.describe(review.file().getFileName().toString())).toList()));
        report.setEditable(false);
        alert.getDialogPane().setContent(report);
        ButtonType skip = new ButtonType("Skip them and import", ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType("Refuse the file", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(skip, refuse);
        alert.showAndWait().filter(skip::equals).ifPresent(b -> model.keep(review));
    }
}
