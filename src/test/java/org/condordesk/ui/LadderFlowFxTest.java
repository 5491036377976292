package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.condordesk.chain.Ladder;
import org.condordesk.chain.SampleChains;
import org.condordesk.chain.SyntheticChain;
import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.store.csv.ChainCsvWriter;
import org.condordesk.ui.chain.LadderModel;
import org.condordesk.ui.chain.LadderWindow;
import org.condordesk.ui.chain.QuoteSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * issue 31's "done means": a trader opens the chains (SPX from a watched folder, VIX from a file), clicks four prices
 * into an iron condor, adds a VIX call from the VIX ladder as a hedge, sees the probabilities and the expected-move band
 * on the risk graph, refreshes after a new snapshot lands in the folder and sees the marks move. Screenshots at
 * 1280×800 go to target/ (docs/screenshot-ladder*.png were taken from them).
 */
@Tag("slow")
class LadderFlowFxTest extends WorkstationFxBase {

    @TempDir
    Path dir;

    /**
     * The ladder belongs to the test stage, which the next FX test classes share: close it and forget it, so it neither
     * covers their windows (a robot click would land on it) nor keeps its chain loaded for their prices; and the stage
     * gets back the size it had (the flow runs at 1280 × 800).
     */
    private double[] sizeBefore;

    @org.junit.jupiter.api.AfterEach
    void closeLadder() {
        onFx(() -> {
            Object ladder = stage.getProperties().remove(LadderWindow.class);
            if (ladder instanceof LadderWindow window) {
                window.model().close();
                window.stage().hide();
            }
            if (sizeBefore != null) {
                stage.setWidth(sizeBefore[0]);
                stage.setHeight(sizeBefore[1]);
            }
            return null;
        });
    }

    @Test
    void clickACondorAndAVixHedgeSeeProbabilitiesRefreshAndSeeMarksMove(FxRobot robot) throws Exception {
        app.settle();
        onFx(() -> {
            sizeBefore = new double[] {stage.getWidth(), stage.getHeight()};
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        Path folder = Files.createDirectories(dir.resolve("snapshots"));
        Files.copy(Path.of("samples/chains/spx-quotedata-sample.csv"), folder.resolve("spx-1000.csv"));
        LadderWindow window = onFx(() -> LadderWindow.showFor(stage, app.vm, app.workstation.theme()));
        LadderModel model = window.model();
        onFx(() -> {
            model.open(LadderModel.Underlying.SPX, QuoteSource.of(folder));
            model.open(LadderModel.Underlying.VIX, QuoteSource.of(Path.of("samples/chains/vix-quotedata-sample.csv")));
            return null;
        });
        waitUntil("both chains are loaded", 60, () -> model.loadedProperty(LadderModel.Underlying.SPX).get() != null
                && model.loadedProperty(LadderModel.Underlying.VIX).get() != null);
        Scene scene = onFx(() -> window.stage().getScene());
        int layersBefore = onFx(() -> app.vm.scenario().layers().size());

        // SPXW 9 Dec: ten of each, sell the 7350 put and 7800 call at their bids, buy the 7275 put and 7875 call at their asks
        selectExpiry(model, LadderModel.Underlying.SPX, OptionRoot.SPXW, LocalDate.of(2026, 12, 9));
        onFx(() -> {
            model.quantityProperty().unbind();
            model.quantityProperty().set(10);
            return null;
        });
        Ladder spx = onFx(() -> model.ladder(LadderModel.Underlying.SPX).orElseThrow());
        click(robot, scene, "#spxLadderTable", "putBid", 7350);
        click(robot, scene, "#spxLadderTable", "putAsk", 7275);
        click(robot, scene, "#spxLadderTable", "callBid", 7800);
        click(robot, scene, "#spxLadderTable", "callAsk", 7875);
        waitUntil("the preview is computed", 20, () -> model.previewProperty().get().contains("net VIX vega"));
        assertThat(onFx(() -> model.previewProperty().get())).startsWith("7350/7275P · 7800/7875C · credit ");
        shot(scene, "target/ladder-spx.png");
        robot.clickOn("#ladderAddNew");
        WaitForAsyncUtils.waitForFxEvents();
        Layer condor = onFx(() -> app.vm.scenario().layers().get(layersBefore));
        assertThat(condor.role()).isEqualTo(LayerRole.CORE);
        // The fills are the chain's own prices: the bids sold, the asks bought (samples/chains/spx-quotedata-sample.csv).
        assertThat(condor.legs()).extracting(Leg::quantity).containsExactly(10, -10, -10, 10);
        assertThat(condor.legs().get(0).entryPrice()).isEqualTo(row(spx, 7275).put().ask());
        assertThat(condor.legs().get(1).entryPrice()).isEqualTo(row(spx, 7350).put().bid());
        assertThat(condor.legs().get(2).entryPrice()).isEqualTo(row(spx, 7800).call().bid());
        assertThat(condor.legs().get(3).entryPrice()).isEqualTo(row(spx, 7875).call().ask());

        // The VIX tab: Dec 16, buy 20 of the 20 calls at the ask, as a hedge layer
        onFx(() -> {
            ((TabPane) scene.lookup("#ladderTabs")).getSelectionModel().select(1);
            model.quantityProperty().set(20);
            return null;
        });
        selectExpiry(model, LadderModel.Underlying.VIX, OptionRoot.VIX, LocalDate.of(2026, 12, 16));
        Ladder vix = onFx(() -> model.ladder(LadderModel.Underlying.VIX).orElseThrow());
        click(robot, scene, "#vixLadderTable", "callAsk", 20);
        waitUntil("the hedge preview is computed", 20, () -> model.previewProperty().get().contains("net VIX vega"));
        shot(scene, "target/ladder-vix.png");
        robot.clickOn("#ladderAddNew");
        WaitForAsyncUtils.waitForFxEvents();
        Layer hedge = onFx(() -> app.vm.scenario().layers().get(layersBefore + 1));
        assertThat(hedge.role()).isEqualTo(LayerRole.HEDGE);
        assertThat(hedge.legs().get(0).quantity()).isEqualTo(20);
        assertThat(hedge.legs().get(0).entryPrice()).isEqualTo(row(vix, 20).call().ask());

        // The risk graph: probabilities and the expected-move band for the new book
        app.settle();
        waitUntil("the probabilities are shown", 30, () -> app.workstation.riskGraph().probabilities().text()
                .matches("Exp\\. move ±\\d.*P\\(profit\\) \\d+%.*"));
        assertThat(onFx(() -> scene(app).lookup(".chart-band").isVisible())).isTrue();
        shot(onFx(() -> stage.getScene()), "target/ladder-workstation.png");

        // A new snapshot lands in the folder (SPX 100 points lower, half an hour later); Refresh moves the marks
        double markBefore = onFx(() -> app.vm.analysis().layers().get(layersBefore).legs().get(1).pricePerUnit());
        Path next = folder.resolve("spx-1030.csv");
        Files.writeString(next, ChainCsvWriter.cboeQuoteTable(spxAt(7500), "SP 500 INDEX"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(next, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        robot.clickOn("#ladderRefresh");
        waitUntil("the new snapshot is applied", 60, () -> app.vm.scenario().market().spxSpot() == 7500);
        app.settle();
        double markAfter = onFx(() -> app.vm.analysis().layers().get(layersBefore).legs().get(1).pricePerUnit());
        // The short 7350 put is worth more with SPX 100 points lower (put: dV/dS < 0).
        assertThat(markAfter).isGreaterThan(markBefore + 5);
        assertThat(onFx(() -> ((javafx.scene.control.Label) scene.lookup("#ladderQuoteTime")).getText()))
                .contains("SPX Wed 25 Nov 2026 10:30", "VIX Wed 25 Nov 2026 10:00", "STALE");
        assertThat(onFx(() -> app.vm.scenario().market().spxSpot())).isCloseTo(7500, within(1e-9));
    }

    private static Scene scene(FxTestSupport app) {
        return app.workstation.stage().getScene();
    }

    private static Ladder.Row row(Ladder ladder, double strike) {
        return ladder.rows().stream().filter(r -> r.strike() == strike).findFirst().orElseThrow();
    }

    private static void selectExpiry(LadderModel model, LadderModel.Underlying u, OptionRoot root, LocalDate expiry) {
        onFx(() -> {
            model.selectedProperty(u).set(model.loadedProperty(u).get().analysis().expiries().stream()
                    .filter(e -> e.root() == root && e.expiry().equals(expiry)).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the ladder to {@code strike} and clicks the cell of column {@code columnId} on its row. */
    @SuppressWarnings("unchecked")
    private static void click(FxRobot robot, Scene scene, String tableId, String columnId, double strike) {
        TableView<org.condordesk.ui.chain.LadderRow> table = onFx(() -> (TableView<org.condordesk.ui.chain.LadderRow>) scene.lookup(tableId));
        onFx(() -> {
            int index = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).strike() == strike) {
                    index = i;
                }
            }
            table.scrollTo(Math.max(0, index - 5));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = onFx(() -> {
            Set<Node> cells = table.lookupAll(".table-cell");
            for (Node node : cells) {
                if (node instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getItem() instanceof org.condordesk.ui.chain.LadderRow r
                        && r.strike() == strike && c.isVisible()) {
                    return node;
                }
            }
            throw new AssertionError("no " + columnId + " cell at " + strike);
        });
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(Scene scene, String path) {
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(path)));
    }

    /** The sample's SPX chain regenerated at another spot, half an hour later (samples/chains/README.md's model). */
    private static OptionChain spxAt(double spot) {
        java.time.ZonedDateTime time = SampleChains.QUOTE_TIME.plusMinutes(30);
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 15))) {
            OptionRoot root = date.getDayOfMonth() == 9 ? OptionRoot.SPXW : OptionRoot.SPX;
            double forward = spot * Math.exp((SampleChains.RATE - SampleChains.DIVIDEND_YIELD)
                    * Tenor.years(time, root.settlementTime(date)));
            expiries.add(new SyntheticChain.Expiry(root, date, forward, SyntheticChain.spxStrikes(Math.round(forward / 5) * 5)));
        }
        return SyntheticChain.generate("SPX", OptionalDouble.of(spot), time, SampleChains.RATE, expiries,
                SampleChains.SPX_SURFACE, SampleChains.SPX_QUOTING);
    }
}
