package org.condordesk.ui.view;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.condordesk.model.FuturesQuote;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.ui.edit.CoreState;
import org.condordesk.ui.edit.CurveSlope;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;

/** The strip under the menu: scenario name, the market at a glance, the valuation time and any what-if in force. */
public final class HeaderBar extends HBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");

    private final ScenarioViewModel vm;
    private final Label name = new Label();
    private final Label spx = quote("headerSpx", "SPX spot");
    private final Label vix = quote("headerVix", "Spot VIX (before any what-if shift)");
    private final Label vix3m = quote("headerVix3m", "VIX3M (93-day)");
    private final Label front = quote("headerFront", "Front VIX future and the curve's slope to VIX3M");
    private final Label valuation = quote("headerValuation", "Valuation time, New York");
    private final Label whatIf = new Label();
    private final Label status = new Label();

    public HeaderBar(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("header-bar");
        name.setId("scenarioName");
        name.getStyleClass().add("scenario-name");
        name.setMinWidth(0);
        Tips.on(name, "Scenario name (Edit › Rename scenario…)");
        whatIf.setId("whatIf");
        whatIf.getStyleClass().add("what-if");
        Tips.on(whatIf, "A what-if is in force: the figures are not today's (Tuning panel, Ctrl+0 resets)");
        status.setId("positionStatus");
        status.getStyleClass().add("position-status");
        Tips.on(status, "PLAN: entries are what the trade would cost now and follow your edits. LIVE: every leg "
                + "carries its fills, never re-priced (Position menu)");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(name, status, grow, whatIf, spx, vix, vix3m, front, valuation);
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.live().settingsProperty().addListener((obs, old, s) -> refresh());
        vm.live().analysisProperty().addListener((obs, old, a) -> refresh());
        refresh();
    }

    private static Label quote(String id, String tip) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("header-quote");
        Tips.on(label, tip);
        return label;
    }

    private void refresh() {
        Scenario scenario = vm.scenario();
        MarketSnapshot market = scenario.market();
        name.setText(scenario.name());
        status.setText(scenario.status().name());
        status.pseudoClassStateChanged(LIVE, scenario.isLive());
        spx.setText("SPX " + Fmt.number(market.spxSpot(), 2));
        vix.setText("VIX " + Fmt.number(market.vixSpot(), 2));
        vix3m.setText("VIX3M " + Fmt.number(market.vix3m(), 2));
        if (market.vixFutures().isEmpty()) {
            front.setText("VX —");
        } else {
            FuturesQuote first = market.vixFutures().get(0);
            CurveSlope slope = CurveSlope.of(market);
            front.setText("VX " + Fmt.shortDate(first.expiry()) + " " + Fmt.number(first.price(), 2) + " · " + slope.word());
            Tips.set(front, "Front VIX future. " + slope.reason());
        }
        valuation.setText(Fmt.dateTime(scenario.valuationTime()) + " ET");
        AnalysisSettings settings = vm.live().settings();
        boolean shifted = settings.shiftDays() != 0 || settings.vixShiftPoints() != 0;
        StringBuilder text = new StringBuilder();
        if (settings.shiftDays() != 0) {
            text.append("T+").append(Fmt.number(settings.shiftDays(), 0)).append("d");
        }
        if (settings.vixShiftPoints() != 0) {
            text.append(text.length() > 0 ? " · " : "").append("VIX ").append(Fmt.signed(settings.vixShiftPoints(), 1));
        }
        if (vm.analysis() != null && CoreState.of(vm.analysis()).settled()) {
            text.append(" · core settled");
        }
        whatIf.setText(shifted ? "WHAT-IF " + text : "");
        whatIf.setVisible(shifted);
        whatIf.setManaged(shifted);
        whatIf.pseudoClassStateChanged(ACTIVE, shifted);
    }
}
