package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.market.ExpiryWarnings;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.LegRisk;
import org.condordesk.ui.edit.LegDefaults;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.edit.LegField;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.GivesWay;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.TableKeys;
import org.condordesk.ui.widget.Tips;

/**
 * The legs of the selected layer: editable contract terms, quantity, prices and implied vol (typed in
 * percent), and read-only model price and greeks from the latest analysis.
 */
public final class LegsTable extends VBox {

    /**
     * A leg with its risk, when the analysis on screen valued exactly this leg, and the warning on its expiry
     * (a weekend, an exchange holiday, off the exchange's expiry days; null when none).
     */
    public record LegView(Leg leg, LegRisk risk, String expiryWarning, double layerSize) {

        /** Contracts the leg holds in the position: its quantity times its layer's size (a what-if when fractional). */
        public double contracts() {
            return leg.quantity() * layerSize;
        }
    }

    /** Marks an expiry the exchanges do not list; the reason is the cell's tooltip. */
    static final String WARNING_MARK = "⚠ ";

    /** What a closed leg (all lots closed, quantity 0) shows instead of its entry and contracts. */
    static final String CLOSED = "closed";

    private final ScenarioViewModel vm;
    private final ObservableList<Row<LegView>> rows = FXCollections.observableArrayList();
    private final TableView<Row<LegView>> table = new TableView<>(rows);
    private final Label title = new Label();
    private int shownLayer = -1;

    public LegsTable(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("legs-panel");
        setId("legsPanel");
        title.getStyleClass().add("panel-title");
        title.setId("legsTitle");
        Label hint = new Label("type or double-click to edit · Enter commits · Esc cancels");
        hint.getStyleClass().add("panel-subtitle");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button remove = Buttons.compact("removeLeg", "Remove leg", "Remove the selected leg (undo with Ctrl+Z)",
                this::removeSelected);
        MenuButton add = addLegMenu();
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, title, hint, grow, add, remove);
        GivesWay.install(header, hint);
        header.getStyleClass().add("panel-header");
        buildColumns();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.live().analysisProperty().addListener((obs, old, a) -> refresh());
        vm.selectedLayerProperty().addListener((obs, old, i) -> refresh());
        refresh();
    }

    public TableView<Row<LegView>> table() {
        return table;
    }

    private MenuButton addLegMenu() {
        MenuButton add = new MenuButton("Add leg");
        add.setId("addLeg");
        add.getStyleClass().add("compact");
        Tips.on(add, "Add a leg to the selected layer, at the money and priced at model");
        add.getItems().addAll(
                legItem("SPX put", InstrumentKind.SPX_OPTION, OptionRight.PUT),
                legItem("SPX call", InstrumentKind.SPX_OPTION, OptionRight.CALL),
                legItem("VIX call", InstrumentKind.VIX_OPTION, OptionRight.CALL),
                legItem("VIX put", InstrumentKind.VIX_OPTION, OptionRight.PUT),
                legItem("VIX future", InstrumentKind.VIX_FUTURE, null),
                legItem("VIX ETF shares", InstrumentKind.VIX_ETF, null),
                legItem("VIX ETF call", InstrumentKind.VIX_ETF_OPTION, OptionRight.CALL),
                legItem("VIX ETF put", InstrumentKind.VIX_ETF_OPTION, OptionRight.PUT));
        return add;
    }

    private MenuItem legItem(String text, InstrumentKind kind, OptionRight right) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> addLeg(kind, right));
        return item;
    }

    /** Adds a default leg of {@code kind} to the selected layer. */
    public void addLeg(InstrumentKind kind, OptionRight right) {
        vm.legs().addLeg(vm.selectedLayerProperty().get(), (s, l) -> LegDefaults.create(s, l, kind, right));
    }

    private void removeSelected() {
        Row<LegView> row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.legs().removeLeg(vm.selectedLayerProperty().get(), row.index());
        }
    }

    private void buildColumns() {
        table.setId("legsTable");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setEditable(true);
        table.setPlaceholder(new Label("No legs in this layer: use Add leg"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                readOnly("instrument", "Type", "What the leg holds: SPX or VIX option, VIX future, ETF; hover for the full contract", "VX fut",
                        v -> instrumentText(v.leg()), null),
                edit("right", "Right", "CALL or PUT", LegField.RIGHT, "CALL", EditCell.Editor.CHOICE, List.of("CALL", "PUT")),
                edit("strike", "Strike", "Strike, index points (SPX or VIX)", LegField.STRIKE, "7,275", EditCell.Editor.TEXT, List.of()),
                edit("expiry", "Expiry", "Settlement date; VIX: the settlement Wednesday", LegField.EXPIRY, WARNING_MARK + "2026-12-09", EditCell.Editor.DATE, List.of()),
                edit("settlement", "AM/PM", "SPX settlement: PM (SPXW) at 16:00 ET, AM (SPX) at the 09:30 open", LegField.SETTLEMENT, "AM",
                        EditCell.Editor.CHOICE, List.of("AM", "PM")),
                edit("qty", "Qty", "Contracts (shares for an ETF); negative = short", LegField.QUANTITY, "+1,000", EditCell.Editor.TEXT, List.of()),
                edit("entry", "Entry", "Entry price per unit, points (what was paid or received)", LegField.ENTRY_PRICE, "999.99",
                        EditCell.Editor.TEXT, List.of()),
                edit("bid", "Bid", "Bid, points per unit; empty clears the quote", LegField.BID, "999.99", EditCell.Editor.TEXT, List.of()),
                edit("ask", "Ask", "Ask, points per unit; empty clears the quote", LegField.ASK, "999.99", EditCell.Editor.TEXT, List.of()),
                edit("iv", "IV %", "Implied vol, typed in percent (18.5 = 18.5 %), stored as a decimal (0.185)",
                        LegField.IMPLIED_VOL_PCT, "123.4", EditCell.Editor.TEXT, List.of()),
                readOnly("contracts", "Contracts", "Contracts held in the position: quantity × the layer's size. A fractional "
                        + "count is a what-if of a plan (pick whole contracts to trade it); 'closed' is a live leg whose lots "
                        + "are all closed", "+75.25 what-if", LegsTable::contractsText, v -> v.contracts()),
                readOnly("realized", "Realised", "P&L of the leg's closed lots, fees deducted (FIFO), $", "+$12,345",
                        v -> v.risk() == null || !v.leg().isLive() ? Fmt.NONE : Fmt.signedUsd(v.risk().realizedPnl()),
                        v -> v.risk() == null ? 0 : v.risk().realizedPnl()),
                readOnly("model", "Model", "Model price per unit, points, at the analysis date", "999.99",
                        v -> v.risk() == null ? Fmt.NONE : Fmt.number(v.risk().pricePerUnit(), 2), null),
                readOnly("delta", "Δ $/pt", "Delta, $ per point of the leg's own underlying (SPX, or the VIX future / CM future)", "-1,234.5",
                        v -> v.risk() == null ? Fmt.NONE : Fmt.number(delta(v.risk()), 1), v -> v.risk() == null ? 0 : delta(v.risk())),
                readOnly("theta", "Θ $/day", "Theta: $ change over the next day, or over the time left when the leg settles sooner "
                        + "(VIX legs include the roll-down of their future)", "-$12,345",
                        v -> v.risk() == null ? Fmt.NONE : Fmt.usd0(v.risk().greeks().thetaPerDay()),
                        v -> v.risk() == null ? 0 : v.risk().greeks().thetaPerDay()),
                readOnly("vega", "Vega", "Vega, $ per vol point of the leg's own implied vol (SPX vol, or VIX-option vol of vol)", "-$12,345",
                        v -> v.risk() == null ? Fmt.NONE : Fmt.usd0(ownVega(v.risk())), v -> v.risk() == null ? 0 : ownVega(v.risk())),
                readOnly("vixVega", "VIX vega", "VIX vega, $ per +1 point of spot VIX through the vol factor model", "-$12,345",
                        v -> v.risk() == null ? Fmt.NONE : Fmt.usd0(v.risk().greeks().vixVega()),
                        v -> v.risk() == null ? 0 : v.risk().greeks().vixVega())));
        for (TableColumn<Row<LegView>, ?> column : table.getColumns()) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        ColumnFit.scrollWhenNarrow(table);
        TableKeys.install(table);
        // Delete removes the selected leg (Ctrl+Z brings it back), so no command needs the mouse.
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && table.getEditingCell() == null && !e.isShortcutDown()) {
                removeSelected();
                e.consume();
            }
        });
    }

    private static String contractsText(LegView view) {
        if (view.leg().isClosed()) {
            return CLOSED;
        }
        double contracts = view.contracts();
        boolean whole = Math.abs(contracts - Math.rint(contracts)) < 1e-9;
        return whole ? Fmt.signed(contracts, 0) : Fmt.signed(contracts, 2) + " what-if";
    }

    private static double delta(LegRisk risk) {
        return risk.leg().instrument().kind() == InstrumentKind.SPX_OPTION ? risk.greeks().spxDelta() : risk.vixDelta();
    }

    private static double ownVega(LegRisk risk) {
        return risk.greeks().spxVega() + risk.greeks().vixOptionVega();
    }

    private static String instrumentText(Leg leg) {
        return switch (leg.instrument().kind()) {
            case SPX_OPTION -> "SPX";
            case VIX_OPTION -> "VIX";
            case VIX_FUTURE -> ((VixFuture) leg.instrument()).product() + " fut";
            case VIX_ETF -> leg.instrument().label().split(" ")[0];
            case VIX_ETF_OPTION -> ((VixEtfOption) leg.instrument()).underlying().symbol() + " opt";
        };
    }

    private TableColumn<Row<LegView>, LegView> edit(String id, String title, String tip, LegField field, String widest,
                                                  EditCell.Editor editor, List<String> choices) {
        TableColumn<Row<LegView>, LegView> column = column(title, tip);
        Function<LegView, String> shown = v -> !LegEdits.applies(v.leg(), field) ? Fmt.NONE
                : (field == LegField.EXPIRY && v.expiryWarning() != null ? WARNING_MARK : "") + display(v.leg(), field);
        EditCell.Spec<LegView> spec = EditCell.Spec.<LegView>text("legs-" + id, shown,
                v -> LegEdits.text(v.leg(), field), v -> LegEdits.applies(v.leg(), field),
                (legIndex, text) -> commitLeg(legIndex, field, text))
                .withEditor(editor, choices);
        if (field == LegField.QUANTITY) {
            spec = spec.withSign(v -> v.leg().quantity());
        }
        if (field == LegField.EXPIRY) {
            spec = spec.withTip(v -> v.expiryWarning() == null ? null : "Warning: " + v.expiryWarning());
        }
        EditCell.Spec<LegView> finalSpec = spec;
        column.setCellFactory(c -> new EditCell<>(finalSpec));
        column.getStyleClass().add(editor == EditCell.Editor.TEXT && field != LegField.RIGHT ? "numeric" : "text-column");
        return ColumnFit.fit(column, widest);
    }

    /** Commits a typed leg field; an SPX strike far from spot (75 for 7345) is applied only when the trader says so. */
    private java.util.Optional<String> commitLeg(int legIndex, LegField field, String text) {
        int layer = vm.selectedLayerProperty().get();
        if (field == LegField.STRIKE && layer >= 0 && layer < vm.scenario().layers().size()
                && legIndex < vm.scenario().layers().get(layer).legs().size()) {
            Leg leg = vm.scenario().layers().get(layer).legs().get(legIndex);
            java.util.Optional<String> question = org.condordesk.ui.edit.StrikeCheck.question(leg, text,
                    vm.scenario().market().spxSpot());
            if (question.isPresent() && !confirmed(question.get())) {
                return java.util.Optional.of("Strike not changed: type it again or Esc");
            }
        }
        return vm.legs().editLeg(layer, legIndex, field, text);
    }

    private boolean confirmed(String question) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                question, javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        ask.setHeaderText("Strike far from spot");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().filter(javafx.scene.control.ButtonType.YES::equals).isPresent();
    }

    /** The cell text of an editable field; a closed leg has no open lots, so no entry price ("Entry 0.00" misleads). */
    static String display(Leg leg, LegField field) {
        return switch (field) {
            case STRIKE -> Fmt.number(leg.instrument().optionStrike().orElse(Double.NaN), leg.instrument().kind() == InstrumentKind.SPX_OPTION ? 0 : 1);
            case ENTRY_PRICE -> leg.isClosed() ? CLOSED : Fmt.number(leg.entryPrice(), 2);
            case BID -> leg.quote().map(q -> Fmt.number(q.bid(), 2)).orElse("");
            case ASK -> leg.quote().map(q -> Fmt.number(q.ask(), 2)).orElse("");
            case IMPLIED_VOL_PCT -> Fmt.number(leg.impliedVol().orElse(Double.NaN) * 100, 1);
            case QUANTITY -> Fmt.signed(leg.quantity(), 0);
            default -> LegEdits.text(leg, field);
        };
    }

    private TableColumn<Row<LegView>, LegView> readOnly(String id, String title, String tip, String widest,
                                                      Function<LegView, String> text, ToDoubleFunction<LegView> sign) {
        TableColumn<Row<LegView>, LegView> column = column(title, tip);
        EditCell.Spec<LegView> spec = EditCell.Spec.readOnly("legs-" + id, text);
        if (id.equals("instrument")) {
            spec = spec.withTip(v -> v.leg().instrument().label());
        }
        if (sign != null) {
            spec = spec.withSign(sign);
        }
        EditCell.Spec<LegView> finalSpec = spec;
        column.setCellFactory(c -> new EditCell<>(finalSpec));
        column.getStyleClass().add(id.equals("instrument") ? "text-column" : "numeric");
        column.getStyleClass().add("computed");
        return ColumnFit.fit(column, widest);
    }

    private static TableColumn<Row<LegView>, LegView> column(String title, String tip) {
        TableColumn<Row<LegView>, LegView> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        return column;
    }

    private void refresh() {
        List<Layer> layers = vm.scenario().layers();
        int index = vm.selectedLayerProperty().get();
        if (index < 0 || index >= layers.size()) {
            title.setText("Legs");
            Row.sync(rows, List.of());
            return;
        }
        Layer layer = layers.get(index);
        title.setText("Legs · " + layer.name());
        Analysis analysis = vm.analysis();
        List<LegRisk> risks = analysis != null && analysis.layers().size() > index
                ? analysis.layers().get(index).legs() : List.of();
        List<LegView> views = new ArrayList<>();
        for (int j = 0; j < layer.legs().size(); j++) {
            Leg leg = layer.legs().get(j);
            LegRisk risk = j < risks.size() && risks.get(j).leg().equals(leg) ? risks.get(j) : null;
            views.add(new LegView(leg, risk, ExpiryWarnings.of(leg).orElse(null), layer.sizeMultiplier()));
        }
        if (index != shownLayer) {
            // Another layer: fresh rows, so no editor from the previous layer survives.
            rows.clear();
            shownLayer = index;
        }
        Row.sync(rows, views);
    }
}
