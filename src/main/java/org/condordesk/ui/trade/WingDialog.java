package org.condordesk.ui.trade;

import java.time.LocalDateTime;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.trade.Adjusting;
import org.condordesk.trade.TradePrice;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.work.Worker;

/** "Move wing": close the put (or call) vertical and open it at a new short strike, same width, as one trade. */
final class WingDialog extends Dialog<WingDialog.Request> {

    /** The wing to move and where. */
    record Request(int layer, OptionRight side, double newShortStrike, TradePrice price, LocalDateTime time) {
    }

    private final Scenario scenario;
    /** The loaded chains' quotes the preview prices from (issue 31 §2). */
    private final ChainQuotes chain;
    private final int layerIndex;
    private final ChoiceBox<OptionRight> side = new ChoiceBox<>();
    private final TextField strike = new TextField();
    private final TradeForms.PriceInput price = new TradeForms.PriceInput("wingPrice", false);
    private final TextField time;
    private final Label preview = new Label();
    private final Label error = TradeForms.errorLabel("wingError");
    private final Worker background = new Worker("condordesk-trade", Platform::runLater);

    WingDialog(Window owner, Scenario scenario, ChainQuotes chain, int layerIndex) {
        this.scenario = scenario;
        this.chain = chain;
        this.layerIndex = layerIndex;
        initOwner(owner);
        setTitle("Move wing");
        setHeaderText("Move a wing of '" + scenario.layers().get(layerIndex).name() + "'");
        side.setId("wingSide");
        side.getItems().setAll(OptionRight.PUT, OptionRight.CALL);
        side.setValue(OptionRight.PUT);
        // The trader's words (issue 27 §4): "Put wing" / "Call wing", not the enum's PUT / CALL.
        side.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(OptionRight right) {
                return right == null ? "" : right == OptionRight.PUT ? "Put wing" : "Call wing";
            }

            @Override
            public OptionRight fromString(String text) {
                return text.startsWith("Put") ? OptionRight.PUT : OptionRight.CALL;
            }
        });
        strike.setId("wingStrike");
        strike.setPromptText("new short strike");
        strike.setPrefColumnCount(8);
        time = TradeForms.timeField("wingTime", scenario.valuationTime());
        GridPane grid = TradeForms.grid();
        TradeForms.row(grid, "Wing", "The put or the call vertical", side);
        TradeForms.row(grid, "New short strike", "SPX points; the long leg keeps its width beyond it", strike);
        TradeForms.row(grid, "Price", "Both verticals: mid (model without a quote), bid/ask or model", price.node);
        TradeForms.row(grid, "When", "The fills' time, New York", time);
        preview.setId("wingPreview");
        preview.getStyleClass().add("trade-preview");
        VBox content = new VBox(10, grid, preview, error);
        TradeForms.layout(this, content, "Move wing", "wingOk", this::request, this::refresh,
                side.valueProperty(), strike.textProperty(), price.source.valueProperty(), time.textProperty());
        setOnHidden(e -> background.close());
        org.condordesk.ui.widget.DialogFit.install(this, "wing", preview);
    }

    private Request request() {
        return Dialogs.readOrShow(error, () -> new Request(layerIndex, side.getValue(),
                LegEdits.number("newShortStrike", strike.getText()), price.value(),
                TradeForms.time(time, scenario.valuationTime())));
    }

    private void refresh() {
        Request request = request();
        if (request == null) {
            preview.setText("");
            return;
        }
        TradeForms.previewTrade(background, preview, error, () -> Adjusting.moveWing(scenario, request.layer(),
                request.side(), request.newShortStrike(), request.price(), request.time(), chain));
    }
}
