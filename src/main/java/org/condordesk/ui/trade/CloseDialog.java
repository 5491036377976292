package org.condordesk.ui.trade;

import java.time.LocalDateTime;
import java.util.OptionalInt;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.trade.Closing;
import org.condordesk.trade.TradePrice;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.work.Worker;

/**
 * "Close leg / layer": which leg (or every open leg of the layer), at what price (mid, bid/ask, model, or typed for
 * one leg) and when; the preview shows the fills' cash and the P&L they realise, computed in the background.
 */
final class CloseDialog extends Dialog<CloseDialog.Request> {

    /** What to close: leg empty = every open leg of the layer; contracts empty = all of it. */
    record Request(int layer, OptionalInt leg, OptionalInt contracts, TradePrice price, LocalDateTime time) {
    }

    static final String ALL = "All open legs of the layer";

    private final Scenario scenario;
    /** The loaded chains' quotes the preview prices from (issue 31 §2). */
    private final ChainQuotes chain;
    private final int layerIndex;
    private final ChoiceBox<String> leg = new ChoiceBox<>();
    private final TradeForms.PriceInput price = new TradeForms.PriceInput("closePrice", true);
    private final TextField time;
    private final TextField contracts = new TextField();
    private final Label preview = new Label();
    private final Label error = TradeForms.errorLabel("closeError");
    private final Worker background = new Worker("condordesk-trade", Platform::runLater);

    CloseDialog(Window owner, Scenario scenario, ChainQuotes chain, int layerIndex, OptionalInt selectedLeg) {
        this.scenario = scenario;
        this.chain = chain;
        this.layerIndex = layerIndex;
        initOwner(owner);
        Layer layer = scenario.layers().get(layerIndex);
        setTitle("Close");
        setHeaderText("Close legs of '" + layer.name() + "'");
        leg.setId("closeLeg");
        leg.getItems().add(ALL);
        for (int j = 0; j < layer.legs().size(); j++) {
            Leg candidate = layer.legs().get(j);
            if (candidate.quantity() != 0) {
                leg.getItems().add(label(j, candidate));
            }
        }
        leg.setValue(selectedLeg.isPresent() && layer.legs().get(selectedLeg.getAsInt()).quantity() != 0
                ? label(selectedLeg.getAsInt(), layer.legs().get(selectedLeg.getAsInt())) : ALL);
        time = TradeForms.timeField("closeTime", scenario.valuationTime());
        GridPane grid = TradeForms.grid();
        TradeForms.row(grid, "Leg", "One leg, or every open leg of the layer", leg);
        contracts.setId("closeContracts");
        contracts.setPromptText("all");
        contracts.setPrefColumnCount(6);
        contracts.disableProperty().bind(leg.valueProperty().isEqualTo(ALL));
        TradeForms.row(grid, "Contracts", "How many of the leg's contracts to close, the oldest lots first (empty: all)",
                contracts);
        TradeForms.row(grid, "Price", "Mid falls back to the model price where a leg has no quote, and says so", price.node);
        TradeForms.row(grid, "When", "The fills' time, New York", time);
        preview.setId("closePreview");
        preview.getStyleClass().add("trade-preview");
        VBox content = new VBox(10, grid, preview, error, TradeForms.note("A closed leg's P&L is realised and stays in "
                + "the position's P&L, curves and decay chart; the leg leaves the greeks. Undo with Ctrl+Z."));
        TradeForms.layout(this, content, "Close", "closeOk", this::request, this::refresh,
                leg.valueProperty(), contracts.textProperty(), price.source.valueProperty(), price.price.textProperty(),
                time.textProperty());
        setOnHidden(e -> background.close());
        refresh();
        org.condordesk.ui.widget.DialogFit.install(this, "close", preview);
    }

    private static String label(int index, Leg leg) {
        return (index + 1) + ": " + leg.instrument().label() + " (" + Fmt.signed(leg.quantity(), 0) + ")";
    }

    private Request request() {
        return Dialogs.readOrShow(error, () -> {
            OptionalInt legIndex = leg.getValue().equals(ALL) ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(leg.getValue().substring(0, leg.getValue().indexOf(':'))) - 1);
            OptionalInt count = legIndex.isEmpty() || contracts.getText().isBlank() ? OptionalInt.empty()
                    : OptionalInt.of((int) org.condordesk.ui.edit.LegEdits.number("contracts", contracts.getText()));
            return new Request(layerIndex, legIndex, count, price.value(), TradeForms.time(time, scenario.valuationTime()));
        });
    }

    private void refresh() {
        Request request = request();
        if (request == null) {
            preview.setText("");
            return;
        }
        preview.setText("…");
        TradeForms.previewTrade(background, preview, error, () -> request.contracts().isPresent()
                ? Closing.closePart(scenario, request.layer(), request.leg().getAsInt(), request.contracts().getAsInt(),
                        request.price(), request.time(), chain)
                : Closing.close(scenario, request.layer(), request.leg(), request.price(), request.time(), chain));
    }
}
