package org.condordesk.ui.chain;

import java.util.HashMap;
import java.util.Map;
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
    private final TableView<LadderRow> table;
    /** The marked strike of the shown expiry (NaN when none) and its held contracts: what rows ask as they show. */
    private double atmStrike = Double.NaN;
    private Map<Contract, Integer> held = Map.of();

    /** A contract of the shown expiry. */
    private record Contract(double strike, OptionRight right) {
    }

    LadderPane(LadderModel model, LadderModel.Underlying underlying, ScenarioViewModel vm) {
        super(4);
        this.model = model;
        this.underlying = underlying;
        this.vm = vm;
        String id = underlying.name().toLowerCase(java.util.Locale.ROOT);
        setId(id + "Ladder");
        table = LadderTable.of((strike, right, side) -> model.click(underlying, strike, right, side),
                () -> atmStrike, this::held);
        table.setId(id + "LadderTable");
        expiries.setId(id + "Expiries");
        expiries.setCellFactory(c -> new ExpiryCell());
        expiries.setButtonCell(new ExpiryCell());
        expiries.valueProperty().bindBidirectional(model.selectedProperty(underlying));
        model.loadedProperty(underlying).addListener((obs, old, chain) -> expiries.setItems(chain == null
                ? FXCollections.observableArrayList() : FXCollections.observableArrayList(chain.analysis().expiries())));
        model.selectedProperty(underlying).addListener((obs, old, e) -> showLadder());
        model.loadedProperty(underlying).addListener((obs, old, e) -> showLadder());
        // an edit redraws the rows only when it changes what the shown expiry holds (a trade), not on every mark
        vm.scenarioProperty().addListener((obs, old, s) -> {
            if (updateHeld()) {
                table.refresh();
            }
        });
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
        LadderView view = model.view(underlying).orElse(null);
        updateHeld();
        if (view == null) {
            atmStrike = Double.NaN;
            table.setItems(FXCollections.observableArrayList());
            forward.setText("");
            return;
        }
        Ladder ladder = view.ladder();
        atmStrike = view.atmStrike();
        // A new items list, not getItems().setAll(..): a "replaced" change makes the table's skin rebuild every cell
        // (each one emptied, then refilled: its CSS pseudo-classes flip twice), which was most of an open's frame; a
        // new list of the same length only re-binds the visible rows (docs/performance.md). No selected row meanwhile:
        // the selection model would look the old row up in the new rows (an O(rows) scan of record equality).
        table.getSelectionModel().clearSelection();
        table.setItems(FXCollections.observableArrayList(view.rows()));
        forward.setText((underlying == LadderModel.Underlying.VIX ? "prices off VX " : "forward ")
                + Fmt.number(underlying == LadderModel.Underlying.VIX
                        ? model.vixFuture(underlying, model.selectedProperty(underlying).get()) : ladder.forward(), 2));
        centre(view.atmIndex());
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
        LadderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        try {
            model.vertical(underlying, right, row.strike(), Math.abs(Fmt.parse(widthText.strip())));
        } catch (NumberFormatException e) {
            model.click(underlying, row.strike(), right, org.condordesk.chain.PriceSide.MID);
        }
    }

    public TableView<LadderRow> table() {
        return table;
    }

    /** Contracts the scenario holds at this strike and right in the shown expiry (open legs, enabled or not). */
    private int held(double strike, OptionRight right) {
        return held.getOrDefault(new Contract(strike, right), 0);
    }

    /** Recounts the held contracts of the shown expiry (O(legs)); true when they changed. */
    private boolean updateHeld() {
        Map<Contract, Integer> now = new HashMap<>();
        ExpiryAnalysis expiry = model.selectedProperty(underlying).get();
        if (expiry != null) {
            for (Layer layer : vm.scenario().layers()) {
                for (Leg leg : layer.legs()) {
                    Instrument instrument = leg.instrument();
                    boolean sameUnderlying = (underlying == LadderModel.Underlying.SPX)
                            == (instrument.kind() == org.condordesk.model.InstrumentKind.SPX_OPTION);
                    if (sameUnderlying && leg.quantity() != 0 && instrument.optionRight().isPresent()
                            && instrument.expiryDate().map(d -> d.equals(expiry.expiry())).orElse(false)) {
                        now.merge(new Contract(instrument.optionStrike().orElseThrow(), instrument.optionRight().get()),
                                leg.quantity(), Integer::sum);
                    }
                }
            }
        }
        now.values().removeIf(q -> q == 0);
        boolean changed = !now.equals(held);
        held = now;
        return changed;
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
