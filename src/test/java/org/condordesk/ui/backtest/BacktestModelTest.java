package org.condordesk.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestFile;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.vm.ManualFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backtest window's model on the real engine and the bundled history, with the test's thread standing in for
 * the FX thread: a second Run cancels the first and only its result lands, Cancel stops a run, a bad config file is
 * one line that changes nothing, and the result matches the engine run directly on the samples/history files.
 */
class BacktestModelTest {

    private final ManualFxThread fx = new ManualFxThread();
    private final BacktestModel model = new BacktestModel(fx);

    @AfterEach
    void close() {
        model.close();
    }

    private static BacktestConfig window(String from, String to) {
        return BacktestConfig.defaults().withFrom(Optional.of(LocalDate.parse(from))).withTo(Optional.of(LocalDate.parse(to)));
    }

    @Test
    void aSecondRunCancelsTheFirstAndOnlyItsResultLands() throws Exception {
        List<BacktestResult> landed = new ArrayList<>();
        model.resultProperty().addListener((o, a, b) -> landed.add(b));
        model.run(BacktestConfig.defaults());
        BacktestConfig second = window("2020-01-01", "2020-06-30");
        model.run(second);
        fx.runUntil(() -> !model.runningProperty().get());
        assertThat(landed).hasSize(1);
        BacktestResult shown = landed.get(0);
        // The engine run directly on the files in samples/history (the model read the jar's copy of them).
        BacktestResult direct = Backtest.run(second, HistoryFiles.bundled(Path.of("samples/history")).load(second.model()));
        assertThat(shown.firstDay()).isEqualTo(direct.firstDay()).isAfterOrEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(shown.lastDay()).isEqualTo(direct.lastDay());
        for (int v = 0; v < direct.variants().size(); v++) {
            assertThat(shown.variants().get(v).cumulativePnl()).containsExactly(direct.variants().get(v).cumulativePnl());
        }
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.statusProperty().get()).startsWith("Ran 3 variants from " + direct.firstDay());
    }

    @Test
    void cancelStopsTheRunAndNothingLands() throws Exception {
        model.run(BacktestConfig.defaults());
        model.cancel();
        fx.runUntil(() -> !model.runningProperty().get());
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Backtest cancelled");
    }

    @Test
    void cancelWhileTheResultWaitsForTheFxThreadDropsItAndStops() throws Exception {
        model.run(window("2020-01-01", "2020-01-31"));
        // The FX thread is held (nothing posted runs) until the worker has finished the one-month run and handed
        // its result over: the cancel below always comes after the work and before the result is shown.
        assertThat(model.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
        model.cancel();
        fx.runUntil(() -> !model.runningProperty().get());
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Backtest cancelled");
    }

    @Test
    void aBadConfigFileIsOneLineAndChangesNothing(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad-backtest.json");
        Files.writeString(bad, "{\"entry\": {\"shortDelta\": 0.9}}");
        assertThatThrownBy(() -> model.loadConfig(bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("entry.shortDelta").hasMessageNotContaining("\n");
        assertThat(model.historySource()).isEqualTo("bundled samples/history");
        Path missing = folder.resolve("missing-history.json");
        Files.writeString(missing, "{\"history\": {\"spx\": \"nope/SPX.csv\", \"vix\": \"nope/VIX.csv\"}}");
        assertThatThrownBy(() -> model.loadConfig(missing)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no such file").hasMessageNotContaining("\n");
        assertThat(model.historySource()).isEqualTo("bundled samples/history");
    }

    @Test
    void aConfigWithoutHistoryBesideItRunsOnTheBundledHistory(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("my-backtest.json");
        Files.writeString(file, "{\"from\": \"2020-02-03\", \"to\": \"2020-03-31\", \"entry\": {\"daysToExpiry\": 21}}");
        BacktestFile read = model.loadConfig(file);
        assertThat(read.config().entry().daysToExpiry()).isEqualTo(21);
        assertThat(model.historySource()).isEqualTo("bundled samples/history");
        model.run(read.config());
        fx.runUntil(() -> !model.runningProperty().get());
        assertThat(model.resultProperty().get().firstDay()).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void exportBeforeAnyRunOrSweepSaysSo(@TempDir Path folder) {
        assertThat(model.exportTrades(folder.resolve("t.csv"))).isEmpty();
        assertThat(model.statusProperty().get()).contains("Run a backtest first");
        assertThat(folder.resolve("t.csv")).doesNotExist();
        assertThat(model.exportSweep(folder.resolve("s.csv"))).isEmpty();
        assertThat(model.statusProperty().get()).contains("Run a sweep first");
    }
}
