package org.condordesk.ui.chain;

import java.util.OptionalDouble;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.Ladder;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;

/**
 * One underlying's ladder: the expiry list (DTE, AM/PM, root), the forward it prices off, a short-delta target that
 * jumps to its strike, a vertical from a short strike and a width, and the {@link LadderTable}.
 */
final class LadderPane extends VBox {

    private final LadderModel model;
    private final LadderModel.Underlying underlying;
    private final ScenarioViewModel vm;
    private final ComboBox<ExpiryAnalysis> expiries = new ComboBox<>();
    private final Label forward = new Label();
    private final TableView<Ladder.Row> table;

    LadderPane(LadderModel model, LadderModel.Underlying underlying, ScenarioViewModel vm) {
        super(4);
        this.model = model;
        this.underlying = underlying;
        this.vm = vm;
        String id = underlying.name().toLowerCase(java.util.Locale.ROOT);
        setId(id + "Ladder");
        table = LadderTable.of((strike, right, side) -> model.click(underlying, strike, right, side),
                none -> model.ladder(underlying).map(l -> l.rows().isEmpty() ? Double.NaN
                        : l.rows().get(l.nearest(l.forward())).strike()).orElse(Double.NaN), this::held);
        table.setId(id + "LadderTable");
        expiries.setId(id + "Expiries");
        expiries.setCellFactory(c -> new ExpiryCell());
        expiries.setButtonCell(new ExpiryCell());
        expiries.valueProperty().bindBidirectional(model.selectedProperty(underlying));
        model.loadedProperty(underlying).addListener((obs, old, chain) -> expiries.setItems(chain == null
                ? FXCollections.observableArrayList() : FXCollections.observableArrayList(chain.analysis().expiries())));
        model.selectedProperty(underlying).addListener((obs, old, e) -> showLadder());
        model.loadedProperty(underlying).addListener((obs, old, e) -> showLadder());
        vm.scenarioProperty().addListener((obs, old, s) -> table.refresh());
        forward.setId(id + "Forward");
        getChildren().addAll(controls(id), table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox controls(String id) {
        TextField delta = Tips.on(new TextField(), "Short delta target, e.g. 16: jumps to the OTM put and call nearest it");
        delta.setId(id + "DeltaTarget");
        delta.setPromptText("Δ target");
        delta.setPrefColumnCount(5);
        delta.setOnAction(e -> jumpToDelta(delta.getText()));
        TextField width = Tips.on(new TextField("50"), "Wing width in points for a vertical from the selected strike");
        width.setId(id + "Width");
        width.setPrefColumnCount(4);
        Button putSpread = Tips.on(new Button("Put vertical"), "Sell the selected strike's put at its bid, buy the put "
                + "'width' lower at its ask");
        putSpread.setId(id + "PutVertical");
        putSpread.setOnAction(e -> vertical(OptionRight.PUT, width.getText()));
        Button callSpread = Tips.on(new Button("Call vertical"), "Sell the selected strike's call at its bid, buy the call "
                + "'width' higher at its ask; with a put vertical: an iron condor");
        callSpread.setId(id + "CallVertical");
        callSpread.setOnAction(e -> vertical(OptionRight.CALL, width.getText()));
        HBox bar = new HBox(8, new Label("Expiry"), expiries, forward, delta, new Label("Width"), width, putSpread, callSpread);
        bar.getStyleClass().add("chain-toolbar");
        return bar;
    }

    private void showLadder() {
        Ladder ladder = model.ladder(underlying).orElse(null);
        if (ladder == null) {
            table.getItems().clear();
            forward.setText("");
            return;
        }
        table.getItems().setAll(ladder.rows());
        forward.setText((underlying == LadderModel.Underlying.VIX ? "prices off VX " : "forward ")
                + Fmt.number(underlying == LadderModel.Underlying.VIX
                        ? model.vixFuture(underlying, model.selectedProperty(underlying).get()) : ladder.forward(), 2));
        centre(ladder.nearest(ladder.forward()));
    }

    /** Scrolls so that row {@code index} is in the middle of the view. */
    void centre(int index) {
        int visible = (int) Math.max(1, table.getHeight() / table.getFixedCellSize() - 2);
        table.scrollTo(Math.max(0, index - visible / 2));
        table.getSelectionModel().clearAndSelect(index);
    }

    private void jumpToDelta(String text) {
        try {
            double target = Math.abs(Fmt.parse(text.strip()));
            double fraction = target > 1 ? target / 100 : target;
            OptionalDouble put = model.strikeForDelta(underlying, OptionRight.PUT, fraction);
            model.ladder(underlying).ifPresent(ladder -> put.ifPresent(strike -> centre(ladder.nearest(strike))));
        } catch (NumberFormatException | org.condordesk.model.ValidationException e) {
            // a bad target leaves the view where it is; the prompt says what is expected
        }
    }

    private void vertical(OptionRight right, String widthText) {
        Ladder.Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        try {
            model.vertical(underlying, right, row.strike(), Math.abs(Fmt.parse(widthText.strip())));
        } catch (NumberFormatException e) {
            model.click(underlying, row.strike(), right, org.condordesk.chain.PriceSide.MID);
        }
    }

    public TableView<Ladder.Row> table() {
        return table;
    }

    /** Contracts the scenario holds at this strike and right in the shown expiry (open legs, enabled or not). */
    private int held(double strike, OptionRight right) {
        ExpiryAnalysis expiry = model.selectedProperty(underlying).get();
        if (expiry == null) {
            return 0;
        }
        int total = 0;
        for (Layer layer : vm.scenario().layers()) {
            for (Leg leg : layer.legs()) {
                Instrument instrument = leg.instrument();
                boolean sameUnderlying = (underlying == LadderModel.Underlying.SPX)
                        == (instrument.kind() == org.condordesk.model.InstrumentKind.SPX_OPTION);
                if (sameUnderlying && instrument.optionRight().orElse(null) == right
                        && instrument.optionStrike().orElse(Double.NaN) == strike
                        && instrument.expiryDate().map(d -> d.equals(expiry.expiry())).orElse(false)) {
                    total += leg.quantity();
                }
            }
        }
        return total;
    }

    /** "SPXW 2026-12-09 PM · 14 DTE". */
    private static final class ExpiryCell extends ListCell<ExpiryAnalysis> {
        @Override
        protected void updateItem(ExpiryAnalysis e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.root() + " " + e.expiry() + " " + e.root().settlement() + " · "
                    + Fmt.number(Math.ceil(e.quotes().days()), 0) + " DTE");
        }
    }
}
