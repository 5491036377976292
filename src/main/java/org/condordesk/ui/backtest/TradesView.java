package org.condordesk.ui.backtest;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.TradeRecord;
import org.condordesk.backtest.VariantResult;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/** The per-trade table of the chosen variant, and the button that exports every variant's trades as CSV. */
final class TradesView extends VBox {

    private final ChoiceBox<VariantResult> variant = new ChoiceBox<>();
    private final TableView<TradeRecord> table = new TableView<>();
    private final Button export = new Button("Export trades CSV…");

    TradesView() {
        setId("backtestTrades");
        setSpacing(6);
        setPadding(new Insets(6));
        variant.setId("backtestTradeVariant");
        variant.setPrefWidth(260);
        variant.setConverter(new StringConverter<>() {
            @Override
            public String toString(VariantResult v) {
                return v == null ? "" : v.name() + " (" + v.trades().size() + " trades)";
            }

            @Override
            public VariantResult fromString(String text) {
                return null;
            }
        });
        variant.valueProperty().addListener((o, a, chosen) -> table.setItems(chosen == null
                ? FXCollections.observableArrayList() : FXCollections.observableArrayList(chosen.trades())));
        export.setId("backtestExport");
        Tips.on(export, "Every variant's trades, one row each (docs/formats.md), written atomically");
        HBox bar = new HBox(8, new Label("Variant"), variant, export);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        table.setId("backtestTradeTable");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(java.util.List.of(
                BacktestText.column("#", "Trade number (the first trade is #1)", t -> Integer.toString(t.id() + 1), 40),
                BacktestText.column("Entry", "Entry day", t -> t.entryDate().toString(), 90),
                BacktestText.column("Exit", "Exit day (— while still open on the last day)",
                        t -> t.exitDate().map(LocalDate::toString).orElse(Fmt.NONE), 90),
                BacktestText.column("Reason", "Why the trade ended",
                        t -> t.exitReason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 100),
                BacktestText.column("Credit", "Credit received at fill prices, commissions deducted", t -> Fmt.usd0(t.credit()), 80),
                BacktestText.column("Hedge cost", "What the hedge took from the trade (negative when it paid)",
                        t -> BacktestText.dollars(t.hedgeCost()), 84),
                BacktestText.column("Condor P&L", "The condor layer's P&L", t -> BacktestText.dollars(t.corePnl()), 84),
                BacktestText.column("Hedge 1 P&L", "Layer 1's P&L (the fixed hedge)", t -> BacktestText.dollars(t.hedge1Pnl()), 88),
                BacktestText.column("Hedge 2 P&L", "Layer 2's P&L (sized by the ALVH rules)", t -> BacktestText.dollars(t.hedge2Pnl()), 88),
                BacktestText.column("Costs", "Spreads and commissions paid", t -> Fmt.usd0(t.costs()), 70),
                BacktestText.column("Total", "The trade's P&L (all layers, after costs)", t -> BacktestText.dollars(t.pnl()), 84)));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    Button exportButton() {
        return export;
    }

    void show(BacktestResult result) {
        VariantResult before = variant.getValue();
        variant.setItems(FXCollections.observableArrayList(result.variants()));
        VariantResult again = before == null ? null : result.variants().stream()
                .filter(v -> v.name().equals(before.name())).findFirst().orElse(null);
        variant.setValue(again != null ? again : result.variants().get(result.variants().size() - 1));
    }
}
