package org.condordesk.ui.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.WholeContractSize;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.PositionCommands;

/**
 * "Make vega-neutral": the two whole-contract sizes around the neutral one with the net VIX vega each leaves
 * ("4 VX → −$312/pt; 5 VX → +$555/pt"), the lower size with VXM minis where the layer holds VX futures, and in a plan
 * the fractional size as a marked what-if. The trader picks one.
 */
final class HedgeSizeDialog extends Dialog<HedgeSizeDialog.Choice> {

    /** A whole size, or the fractional what-if ({@code size} empty). */
    record Choice(Optional<WholeContractSize> size) {
    }

    HedgeSizeDialog(Window owner, HedgeSolve solve, boolean plan) {
        initOwner(owner);
        setTitle("Make vega-neutral");
        setHeaderText("'" + solve.layerName() + "' is vega-neutral at ×" + Fmt.number(solve.multiplier(), 4)
                + ": pick whole contracts");
        ToggleGroup group = new ToggleGroup();
        List<RadioButton> options = new ArrayList<>();
        for (int i = 0; i < solve.wholeContracts().size(); i++) {
            WholeContractSize size = solve.wholeContracts().get(i);
            RadioButton option = new RadioButton(PositionCommands.describe(size) + " → net VIX vega "
                    + Fmt.usd0(size.netVixVega()) + "/pt");
            option.setId("wholeSize-" + i);
            option.setUserData(new Choice(Optional.of(size)));
            option.setToggleGroup(group);
            options.add(option);
        }
        if (plan) {
            RadioButton whatIf = new RadioButton("What if: ×" + Fmt.number(solve.multiplier(), 4)
                    + " (fractional: no whole number of contracts; a plan only)");
            whatIf.setId("wholeSize-whatIf");
            whatIf.setUserData(new Choice(Optional.empty()));
            whatIf.setToggleGroup(group);
            options.add(whatIf);
        }
        options.stream().min((a, b) -> Double.compare(residual(a), residual(b))).ifPresent(best -> best.setSelected(true));
        VBox content = new VBox(8);
        content.getChildren().addAll(options);
        content.getChildren().add(TradeForms.note(plan ? "A plan layer becomes those contracts at size 1; minis are a VXM "
                + "leg at the curve's price." : "A live layer trades to those contracts at mid: new lots are bought, "
                + "fewer close the oldest first."));
        content.getStyleClass().add("dialog-form");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.OK)).setId("wholeSizeOk");
        setResultConverter(button -> button == ButtonType.OK && group.getSelectedToggle() != null
                ? (Choice) group.getSelectedToggle().getUserData() : null);
        org.condordesk.ui.widget.DialogFit.install(this, "hedgeSize");
    }

    private static double residual(RadioButton option) {
        return ((Choice) option.getUserData()).size().map(s -> Math.abs(s.netVixVega())).orElse(Double.MAX_VALUE);
    }
}
