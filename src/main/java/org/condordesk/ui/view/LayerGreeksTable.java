package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.LayerRisk;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.Tips;

/** Every greek of every layer and of the position, in the units of DESIGN §3; the figures the CSV export writes. */
public final class LayerGreeksTable extends TableView<Row<LayerGreeksTable.Figures>> {

    /** One row: a layer (or the net position) with its greeks and its vega-neutral size if it is a hedge. */
    public record Figures(String name, String role, String size, Greeks greeks, String neutral) {
    }

    private final ObservableList<Row<Figures>> rows = FXCollections.observableArrayList();

    public LayerGreeksTable() {
        setItems(rows);
        setId("layerGreeks");
        setFixedCellSize(Tips.ROW_HEIGHT);
        getStyleClass().add("figures-table");
        setPlaceholder(new Label("No analysis yet"));
        // Every column at a width that shows its figures whole; a narrow window scrolls sideways.
        // Names give way, figures do not (issue 27 §3): the name column is the trader's text, elided with its tooltip;
        // every figure column is held at the width of its widest figure, and a narrow table scrolls sideways.
        addText("name", "Layer", "Layer name", 170, Figures::name);
        TableColumn<?, ?> name = getColumns().get(0);
        name.getStyleClass().add("free-text");
        name.setMinWidth(NAME_MIN_WIDTH);
        addText("role", "Role", "Core (the condor) or hedge", 58, Figures::role);
        addText("size", "Size", "Size multiplier (\"off\": disabled, valued at zero)", 62, Figures::size);
        addFigure("value", "Value", "Model value, $: option premiums, VIX futures' variation margin, ETF shares at price",
                Greeks::value, 0, 72);
        addFigure("notional", "Notional", "Face value of VIX futures, F × 1000 × qty, $ (not part of the value)",
                Greeks::notional, 0, 72);
        addFigure("pnl", "P&L", "Value minus entry cost, $", Greeks::pnl, 0, 62);
        addFigure("delta", "Δ $/pt", "SPX delta, $ per SPX point", Greeks::spxDelta, 2, 64);
        addFigure("contracts", "Δ ctr", "SPX delta in SPX-equivalent contracts (delta 1.00 × 100)", Greeks::spxEquivalentContracts, 2, 54);
        addFigure("gamma", "Γ /pt", "Change of the $ delta per SPX point", Greeks::spxGamma, 3, 60);
        addFigure("theta", "Θ $/day", "Theta: $ change over the next day (or the time left, if a leg settles sooner)",
                Greeks::thetaPerDay, 0, 64);
        addFigure("spxVega", "SPX vega", "$ per vol point of SPX implied vol", Greeks::spxVega, 0, 76);
        addFigure("vixOptVega", "VIX-opt", "VIX-option vega: $ per vol point of VIX-option implied vol", Greeks::vixOptionVega, 0, 62);
        addFigure("vixVega", "VIX vega", "$ per +1 point of spot VIX (vol factor model)", Greeks::vixVega, 0, 70);
        addFigure("rho", "Rho", "$ per rate point (1 %)", Greeks::rhoPerPoint, 0, 52);
        addText("neutral", "Neutral", "Hedge size that makes net VIX vega zero", 70, Figures::neutral);
        getColumns().forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        ColumnFit.scrollWhenNarrow(this);
    }

    /** Enough of a layer's name to tell it apart ("Hedge 1: VIX…"); the rest is in its tooltip. */
    private static final double NAME_MIN_WIDTH = 90;

    private void addText(String key, String title, String tip, double width, java.util.function.Function<Figures, String> text) {
        TableColumn<Row<Figures>, Figures> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        EditCell.Spec<Figures> spec = EditCell.Spec.readOnly("layerGreeks-" + key, text);
        EditCell.Spec<Figures> cell = key.equals("name") ? spec.withTip(text) : spec;
        column.setCellFactory(c -> new EditCell<>(cell));
        column.setPrefWidth(width);
        if (!key.equals("name")) {
            ColumnFit.fit(column, key.equals("size") ? "off ×100.00" : key.equals("neutral") ? "infeasible" : "Hedge");
        }
        getColumns().add(column);
    }

    private void addFigure(String key, String title, String tip, ToDoubleFunction<Greeks> figure, int decimals, double width) {
        TableColumn<Row<Figures>, Figures> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        column.setCellFactory(c -> new EditCell<>(EditCell.Spec.<Figures>readOnly("layerGreeks-" + key,
                f -> Fmt.number(figure.applyAsDouble(f.greeks()), decimals)).withSign(f -> figure.applyAsDouble(f.greeks()))));
        column.getStyleClass().add("numeric");
        column.setPrefWidth(width);
        // The widest figure a book shows: seven digits with grouping and sign, and the decimals.
        ColumnFit.fit(column, "-" + Fmt.number(1_234_567, decimals));
        getColumns().add(column);
    }

    public void show(Analysis analysis) {
        List<Figures> figures = new ArrayList<>();
        for (LayerRisk risk : analysis.layers()) {
            String neutral = analysis.hedgeSolves().stream().filter(h -> h.layerIndex() == risk.index()).findFirst()
                    .map(LayerGreeksTable::neutral).orElse("");
            figures.add(new Figures(risk.layer().name(), Fmt.role(risk.layer().role()),
                    (risk.layer().enabled() ? "" : "off ") + Fmt.multiplier(risk.layer().sizeMultiplier()), risk.greeks(), neutral));
        }
        figures.add(new Figures("Net position", "", "", analysis.position(), ""));
        Row.sync(rows, figures);
    }

    private static String neutral(HedgeSolve solve) {
        return solve.feasible() ? Fmt.multiplier(solve.multiplier()) : "infeasible";
    }
}
