package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.model.LayerRole;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.LayerRisk;
import org.condordesk.ui.edit.CoreState;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/**
 * The risk summary: net VIX vega large with its gauge (scaled to the unhedged core), the spot–vol delta,
 * the position's greeks and a compact per-layer table.
 */
public final class GreeksPanel extends VBox {

    private final Label netVixVega = new Label(Fmt.NONE);
    private final VixVegaGauge gauge = new VixVegaGauge();
    private final Label ratio = new Label();
    private final Label spotVolDelta = new Label(Fmt.NONE);
    private final Label neutralHint = new Label();
    private final Label pnl = figure("pnl", "P&L: realised (closed lots) plus unrealised (open lots: model value minus "
            + "entry cost), $");
    private final Label realized = figure("realizedPnl", "Realised P&L of the closed lots, fees deducted (FIFO), $: a "
            + "constant of every curve");
    private final Label unrealized = figure("unrealizedPnl", "Unrealised P&L of the open lots at the model, $");
    private final Label value = figure("value", "Model value of the position, $: option premiums (long minus short), "
            + "VIX futures at their variation margin (F − entry) × 1000 × qty, ETF shares at price");
    private final Label notional = figure("notional", "Notional of VIX futures, $: F × 1000 × qty (face value, not part of the value)");
    private final Label delta = figure("delta", "SPX delta: $ per 1 SPX point, VIX held");
    private final Label deltaContracts = figure("deltaContracts", "SPX delta in SPX-equivalent contracts (delta 1.00 × 100 multiplier)");
    private final Label gamma = figure("gamma", "SPX gamma: change of the $ delta per 1 SPX point");
    private final Label theta = figure("theta", "Theta: $ change of value over the next day, or over the time left "
            + "when a leg settles sooner (so it never exceeds what is left), everything else held");
    private final Label spxVega = figure("spxVega", "SPX vega: $ per 1 vol point of the SPX options' own implied vol");
    private final Label vixOptionVega = figure("vixOptionVega", "VIX-option vega: $ per 1 vol point of VIX-option implied vol (vol of vol)");
    private final Label vixVega = figure("vixVega", "VIX vega: $ per +1.00 point of spot VIX through the vol factor model");
    private final GridPane layers = new GridPane();
    private final RangeSummary range = new RangeSummary();
    private int layerRows = -1;
    private final List<Label[]> layerLabels = new ArrayList<>();

    public GreeksPanel() {
        getStyleClass().add("greeks-panel");
        setId("greeksPanel");
        getChildren().addAll(vegaCard(), sectionTitle("Position"), positionGrid(), sectionTitle("By layer"), layers,
                sectionTitle("Break-evens and range"), range);
        layers.getStyleClass().add("layer-figures");
        VBox.setVgrow(layers, Priority.NEVER);
    }

    private VBox vegaCard() {
        Label title = new Label("Net VIX vega");
        title.getStyleClass().add("card-title");
        Label unit = new Label("$ per +1 VIX point");
        unit.getStyleClass().add("card-unit");
        netVixVega.setId("netVixVega");
        netVixVega.getStyleClass().add("big-figure");
        Tips.on(netVixVega, "Net VIX vega: $ per +1.00 point of spot VIX, SPX legs through the vol response and w(τ), "
                + "VIX legs through their futures' betas (Vol model tab). Green within ±15 % of the unhedged core's, "
                + "amber to ±40 %, red beyond.");
        ratio.setId("vixVegaRatio");
        ratio.getStyleClass().add("card-note");
        ratio.setWrapText(true);
        spotVolDelta.setId("spotVolDelta");
        spotVolDelta.getStyleClass().add("card-figure");
        Tips.on(spotVolDelta, "Spot–vol delta: $ per SPX point when VIX follows SPX through the spot–vol map, "
                + "so the VIX legs' response to an SPX move counts");
        neutralHint.setId("neutralHint");
        neutralHint.getStyleClass().add("card-note");
        neutralHint.setWrapText(true);
        Label spotVolTitle = new Label("Spot–vol Δ");
        spotVolTitle.getStyleClass().add("card-key");
        GridPane row = new GridPane();
        row.add(spotVolTitle, 0, 0);
        row.add(spotVolDelta, 1, 0);
        row.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        GridPane.setHalignment(spotVolDelta, HPos.RIGHT);
        VBox card = new VBox(2, new javafx.scene.layout.HBox(6, title, unit), netVixVega, gauge, ratio, row, neutralHint);
        card.getStyleClass().add("vega-card");
        return card;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setHalignment(HPos.RIGHT);
        return column;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label figure(String id, String tip) {
        Label label = new Label(Fmt.NONE);
        label.setId(id);
        label.getStyleClass().add("figure-value");
        Tips.on(label, tip);
        return label;
    }

    private GridPane positionGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("figure-grid");
        String[] keys = {"P&L", "· realised", "· unrealised", "Value", "VX notional", "Δ $/SPX pt", "Δ SPX contracts",
            "Γ per pt", "Θ $/day", "SPX vega $/vol pt", "VIX-opt vega $/vol pt", "VIX vega $/VIX pt"};
        Label[] values = {pnl, realized, unrealized, value, notional, delta, deltaContracts, gamma, theta, spxVega,
            vixOptionVega, vixVega};
        for (int i = 0; i < keys.length; i++) {
            Label key = new Label(keys[i]);
            key.getStyleClass().add("figure-key");
            Tips.share(values[i], key);
            grid.add(key, 0, i);
            grid.add(values[i], 1, i);
        }
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        return grid;
    }

    /** Shows {@code analysis}; {@code spot} is the SPX level break-evens are measured from. */
    public void show(Analysis analysis, double spot) {
        Greeks position = analysis.position();
        double core = analysis.layers().stream().filter(l -> l.layer().role() == LayerRole.CORE)
                .mapToDouble(l -> l.greeks().vixVega()).sum();
        double net = analysis.netVixVega();
        double reference = Math.abs(core) > 1e-9 ? Math.abs(core) : Math.max(Math.abs(net), 1);
        double relative = net / reference;
        CoreState coreState = CoreState.of(analysis);
        netVixVega.setText(Fmt.usd0(net));
        // The figure is red or green by its sign like every figure; the gauge and the line under it carry the zone.
        Fmt.colourBySign(netVixVega, net, 0);
        gauge.setRatio(coreState.settled() ? 0 : relative);
        gauge.setDisable(coreState.settled());
        ratio.setText(coreState.settled()
                ? "Core settled " + coreState.expiry().map(Fmt::dayDate).orElse("") + ": the figures are the hedges' alone"
                : Fmt.signed(relative * 100, 0) + "% of the unhedged core's " + Fmt.usd0(core));
        VixVegaGauge.mark(ratio, coreState.settled() ? 0 : relative);
        spotVolDelta.setText(Fmt.usd(analysis.spxDeltaWithSpotVol()) + " /pt");
        Fmt.colourBySign(spotVolDelta, analysis.spxDeltaWithSpotVol(), 2);
        neutralHint.setText(coreState.settled() ? "Nothing to make vega-neutral: the condor has settled." : neutralText(analysis));
        set(pnl, Fmt.signedUsd(position.pnl()), position.pnl());
        set(realized, Fmt.signedUsd(analysis.realizedPnl()), analysis.realizedPnl());
        set(unrealized, Fmt.signedUsd(analysis.unrealizedPnl()), analysis.unrealizedPnl());
        set(value, Fmt.usd(position.value()), position.value());
        set(notional, Fmt.usd(position.notional()), position.notional());
        set(delta, Fmt.number(position.spxDelta(), 2), position.spxDelta());
        set(deltaContracts, Fmt.number(position.spxEquivalentContracts(), 2), position.spxEquivalentContracts());
        set(gamma, Fmt.number(position.spxGamma(), 3), position.spxGamma());
        set(theta, Fmt.signedUsd(position.thetaPerDay()), position.thetaPerDay());
        set(spxVega, Fmt.usd(position.spxVega()), position.spxVega());
        set(vixOptionVega, Fmt.usd(position.vixOptionVega()), position.vixOptionVega());
        set(vixVega, Fmt.usd(position.vixVega()), position.vixVega());
        showLayers(analysis);
        range.show(analysis, spot);
    }

    private static String neutralText(Analysis analysis) {
        if (analysis.settled()) {
            return "The book has settled: final P&L " + Fmt.signedUsd(analysis.position().pnl()) + ".";
        }
        return analysis.selectedHedge().map(solve -> describe(solve, analysis))
                .orElse("No hedge layer: add one to tune VIX vega.");
    }

    private static String describe(HedgeSolve solve, Analysis analysis) {
        String name = org.condordesk.ui.format.Names.shortLayerName(solve.layerName());
        String other = " (" + otherSize(solve) + " if SPX vols move " + analysis.otherVolResponse().key() + ")";
        return solve.feasible() ? "Neutral at " + name + " " + Fmt.multiplier(solve.multiplier()) + other
                : name + ": " + solve.message() + other;
    }

    /** The vega-neutral size under the other vol response, as the tuning panel and the report show it. */
    static String otherSize(HedgeSolve solve) {
        return Double.isFinite(solve.multiplierOtherResponse()) ? Fmt.multiplier(solve.multiplierOtherResponse()) : Fmt.NONE;
    }

    private static void set(Label label, String text, double figure) {
        label.setText(text);
        Fmt.colourBySign(label, figure, 2);
    }

    private void showLayers(Analysis analysis) {
        List<LayerRisk> risks = analysis.layers();
        if (risks.size() != layerRows) {
            buildLayerRows(risks.size());
        }
        for (int i = 0; i <= risks.size(); i++) {
            boolean net = i == risks.size();
            Greeks g = net ? analysis.position() : risks.get(i).greeks();
            Label[] row = layerLabels.get(i);
            row[0].setText(net ? "Net" : org.condordesk.ui.format.Names.shortLayerName(risks.get(i).layer().name()));
            Tips.set(row[0], net ? null : risks.get(i).layer().name()
                    + (risks.get(i).layer().enabled() ? "" : " (disabled: valued at zero)"));
            set(row[1], Fmt.usd0(g.thetaPerDay()), g.thetaPerDay());
            set(row[2], Fmt.usd0(g.vixVega()), g.vixVega());
            set(row[3], Fmt.signedUsd0(g.pnl()), g.pnl());
        }
    }

    private static ColumnConstraints figureColumn() {
        ColumnConstraints column = grow();
        column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return column;
    }

    private void buildLayerRows(int count) {
        layers.getChildren().clear();
        // Names give way, figures do not (issue 27 §3): the name column shrinks (its label elides, the full name in
        // the tooltip); each figure column stays as wide as its figure.
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(40);
        name.setHgrow(Priority.SOMETIMES);
        layers.getColumnConstraints().setAll(name, figureColumn(), figureColumn(), figureColumn());
        layerLabels.clear();
        // Each layer's delta is in the Layer greeks tab: four columns fit the narrowest summary whole.
        String[] heads = {"Layer", "Θ $/day", "VIX vega", "P&L"};
        String[] tips = {"Layer (hover for the full name)",
            "Theta: $ change over the next day (or the time left, if a leg settles sooner)",
            "VIX vega, $ per +1 VIX point", "P&L, $ (whole dollars; the Layer greeks tab has cents)"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(heads[c]);
            head.getStyleClass().add("grid-head");
            Tips.on(head, tips[c]);
            layers.add(head, c, 0);
            GridPane.setHalignment(head, c == 0 ? HPos.LEFT : HPos.RIGHT);
        }
        for (int r = 0; r <= count; r++) {
            Label[] row = new Label[heads.length];
            for (int c = 0; c < heads.length; c++) {
                row[c] = new Label();
                row[c].getStyleClass().add(c == 0 ? "figure-key" : "figure-cell");
                if (c == 0) {
                    row[c].getStyleClass().add(org.condordesk.ui.format.Names.GIVES_WAY);
                    row[c].setMinWidth(0);
                } else {
                    row[c].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
                if (r == count) {
                    row[c].getStyleClass().add("net-row");
                }
                row[c].setId("layerFigure-" + r + "-" + c);
                layers.add(row[c], c, r + 1);
            }
            layerLabels.add(row);
        }
        layerRows = count;
    }
}
