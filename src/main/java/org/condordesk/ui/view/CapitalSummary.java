package org.condordesk.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.capital.CapitalReport;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/**
 * The capital figures in a compact panel (docs/capital.md §3): margin and capital, return on margin for the period and
 * a year, IRR against the cost of capital, and one line per hedge layer with its verdict and NPV.
 */
final class CapitalSummary extends VBox {

    private final GridPane grid = new GridPane();
    private final Label placeholder = new Label();

    CapitalSummary() {
        getStyleClass().add("capital-summary");
        setId("capitalSummary");
        Label title = FormFields.heading("Capital");
        Tips.on(title, "Reg-T margin, return on margin and IRR of the expected cash flows to the core expiry against "
                + "the cost of capital (docs/capital.md). Expected = the mean over the history's SPX paths.");
        grid.setHgap(8);
        grid.setVgap(1);
        placeholder.getStyleClass().add("warning-note");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(190);
        placeholder.setId("vxMarginPlaceholder");
        getChildren().addAll(title, grid, placeholder);
        setSpacing(2);
    }

    void show(CapitalReport report) {
        grid.getChildren().clear();
        CapitalReport.LayerFigures total = report.total();
        int row = 0;
        row = row(row, "Margin", Fmt.usd0(total.requirement()), "Reg-T requirement of all layers; capital committed "
                + Fmt.usd0(total.capital()) + " (less the credit applied)", 0, "marginTotal");
        row = row(row, "Capital", Fmt.usd0(total.capital()), "Cash committed at the open: margin + long premiums − short "
                + "proceeds applied", 0, "capitalTotal");
        row = row(row, "RoM", Fmt.percent(total.returnOnMargin(), 1), "Return on margin: expected P&L "
                + Fmt.signedUsd0(total.expectedPnl()) + " over the capital, for the " + Fmt.number(report.horizon().days(), 1)
                + "-day period to the core expiry", total.returnOnMargin(), "returnOnMargin");
        row = row(row, "RoM a year", Fmt.percent(total.annualisedReturnOnMargin(), 0), "The period's return on margin "
                + "compounded to a year", total.annualisedReturnOnMargin(), "returnOnMarginAnnual");
        row = row(row, "IRR", Fmt.percent(total.irr(), 0), "IRR of the expected flows (annual); NPV at the cost of capital "
                + Fmt.signedUsd0(total.npv()), total.irr() - report.costOfCapital().annualRate(), "irr");
        row = row(row, "Cost of capital", Fmt.percent(report.costOfCapital().annualRate(), 2),
                report.costOfCapital().source(), 0, "costOfCapital");
        for (CapitalReport.HedgeEffect effect : report.hedgeEffects()) {
            row = row(row, shortName(effect.layerName()) + " pays?", (effect.paysForCapital() ? "yes " : "no ")
                    + Fmt.signedUsd0(effect.npvAtCost()), verdictTip(effect), effect.npvAtCost(), "verdict-" + effect.layerIndex());
        }
        boolean placeholderUsed = report.margin().vxMarginPlaceholder();
        placeholder.setText(placeholderUsed ? "VX margin: placeholder " + Fmt.usd0(report.margin().vxMarginPerContract())
                + "/contract. Set yours under Inputs." : "");
        placeholder.setVisible(placeholderUsed);
        placeholder.setManaged(placeholderUsed);
    }

    private int row(int row, String label, String value, String tip, double sign, String id) {
        Label name = new Label(label);
        name.getStyleClass().add("figure-key");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label figure = new Label(value);
        figure.setMinWidth(Region.USE_PREF_SIZE);
        figure.setId(id);
        figure.getStyleClass().add("figure-value");
        Fmt.colourBySign(figure, sign, 0);
        Tips.on(name, tip);
        Tips.on(figure, tip);
        grid.addRow(row, name, figure);
        return row + 1;
    }

    private static String verdictTip(CapitalReport.HedgeEffect effect) {
        return effect.layerName() + ": " + (effect.paysForCapital() ? "pays for its capital" : "does not pay for itself")
                + ". NPV of its expected flows at the cost of capital " + Fmt.signedUsd0(effect.npvAtCost()) + "; it "
                + effect.effect().label() + " the position's IRR − cost of capital (with it " + Fmt.percent(effect.irrWith(), 1)
                + ", without " + Fmt.percent(effect.irrWithout(), 1) + "); capital efficiency "
                + Fmt.number(effect.capitalEfficiency(), 2) + " $ of worst-case loss per $ of margin (downside "
                + Fmt.number(effect.downsideCapitalEfficiency(), 2) + "). Per stress path: capital --json, docs/capital.md";
    }

    /** "Hedge 2: adaptive long Jan VIX futures" → "Hedge 2". */
    private static String shortName(String layer) {
        int colon = layer.indexOf(':');
        String cut = colon > 0 ? layer.substring(0, colon) : layer;
        return cut.length() > 14 ? cut.substring(0, 13) + "…" : cut;
    }
}
