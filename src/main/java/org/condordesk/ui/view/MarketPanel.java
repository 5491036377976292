package org.condordesk.ui.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.scene.control.DatePicker;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.market.VixCalendar;
import org.condordesk.model.Check;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.edit.MarketMoves;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.widget.ValueField;

/** The market snapshot: SPX, rates, VIX, VIX3M, the valuation time, the default smile, the futures curve and ETF prices. */
public final class MarketPanel extends HBox {

    private final ScenarioViewModel vm;
    private final FormFields fields;
    private final MarketMovesPanel moves;

    public MarketPanel(ScenarioViewModel vm) {
        this.vm = vm;
        this.fields = new FormFields(vm);
        this.moves = new MarketMovesPanel(vm);
        getStyleClass().add("form-panel");
        setId("marketPanel");
        VBox curve = futuresTable();
        VBox etfs = etfTable();
        HBox.setHgrow(curve, Priority.ALWAYS);
        HBox.setHgrow(etfs, Priority.SOMETIMES);
        getChildren().addAll(spotGrid(), new VBox(smileGrid(), moves), curve, etfs);
    }

    private static MarketSnapshot market(Scenario s) {
        return s.market();
    }

    private VBox spotGrid() {
        GridPane grid = FormFields.grid();
        FormFields.row(grid, "SPX", "SPX spot, index points", fields.number("spxSpot", "SPX spot, index points",
                s -> market(s).spxSpot(), 1, 2, (s, v) -> s.withMarket(market(s).withSpxSpot(v))));
        FormFields.row(grid, "Rate %", "Risk-free rate, continuous, typed in percent (3.7 = 0.037)",
                fields.number("riskFreeRate", "Risk-free rate in percent (3.7 = 3.7 %), stored as a decimal",
                        s -> market(s).riskFreeRate(), 100, 2, (s, v) -> s.withMarket(market(s).withRiskFreeRate(v))));
        FormFields.row(grid, "Div yield %", "SPX dividend yield, continuous, typed in percent",
                fields.number("dividendYield", "Dividend yield in percent (1.2 = 1.2 %), stored as a decimal",
                        s -> market(s).dividendYield(), 100, 2, (s, v) -> s.withMarket(market(s).withDividendYield(v))));
        FormFields.row(grid, "VIX", "Spot VIX, index points. How an edit travels (SPX vols and the VX curve with it, "
                + "or the index alone) is set under Moves", fields.number("vixSpot", "Spot VIX, points",
                s -> market(s).vixSpot(), 1, 2, (s, v) -> MarketMoves.moveVix(s, v, moves.vixEditMode()),
                (before, after) -> MarketMoves.describeVixEdit(before, after, moves.vixEditMode())));
        FormFields.row(grid, "VIX3M", "93-day VIX (VIX3M), points; with VIX it sets the SPX ATM term structure",
                fields.number("vix3m", "VIX3M, points", s -> market(s).vix3m(), 1, 2,
                        (s, v) -> s.withMarket(market(s).withVix3m(v))));
        DatePicker date = new DatePicker();
        date.setId("valuationDate");
        date.setConverter(EditCell.isoDates());
        date.setPrefWidth(130);
        date.setMinWidth(130);
        Tips.on(date, "Valuation date (New York)");
        date.setOnAction(e -> {
            if (date.getValue() != null && !date.getValue().equals(vm.scenario().valuationTime().toLocalDate())) {
                vm.edit("change valuation date", s -> s.withValuationTime(date.getValue().atTime(s.valuationTime().toLocalTime())));
            }
        });
        ValueField time = new ValueField("valuationTime", "Valuation time of day, New York (HH:mm)", this::commitTime);
        time.setPrefColumnCount(4);
        fields.add(() -> {
            date.setValue(vm.scenario().valuationTime().toLocalDate());
            time.show(vm.scenario().valuationTime().toLocalTime().toString());
        });
        FormFields.row(grid, "Valuation", "Valuation date, New York; legs that settled before it are refused", date);
        FormFields.row(grid, "Time (ET)", "Valuation time of day, New York (HH:mm)", time);
        return new VBox(FormFields.heading("Spot & rates"), grid);
    }

    private java.util.Optional<String> commitTime(String text) {
        LocalTime time;
        try {
            time = LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return vm.refuseInput(new org.condordesk.model.ValidationException("valuationTime",
                    "is not a time like 10:00: '" + text.strip() + "'"));
        }
        return vm.edit("change valuation time", s -> s.withValuationTime(s.valuationTime().toLocalDate().atTime(time)));
    }

    private VBox smileGrid() {
        GridPane grid = FormFields.grid();
        FormFields.row(grid, "ATM / VIX", "Fixed-ratio smiles only: SPX ATM vol as a fraction of VIX (the default smile solves it from VIX's own strip)",
                fields.number("atmToVixRatio", "ATM-to-VIX ratio", s -> market(s).smile().atmToVixRatio(), 1, 3,
                        (s, v) -> withSmile(s, market(s).smile().withAtmToVixRatio(v))));
        FormFields.row(grid, "Put skew", "Per unit of ln(K/F)/√τ below the forward: vol added (fixed ratio) or fraction of ATM added at VIX 20 (default)",
                fields.number("putSkew", "Put skew", s -> market(s).smile().putSkew(), 1, 3,
                        (s, v) -> withSmile(s, market(s).smile().withPutSkew(v))));
        FormFields.row(grid, "Call skew", "Per unit of ln(K/F)/√τ above the forward: vol removed (fixed ratio) or fraction of ATM removed at VIX 20 (default)",
                fields.number("callSkew", "Call skew", s -> market(s).smile().callSkew(), 1, 3,
                        (s, v) -> withSmile(s, market(s).smile().withCallSkew(v))));
        VBox smile = new VBox(FormFields.heading("Default SPX smile"), grid);
        smile.setId("marketSmile");
        return smile;
    }

    private static Scenario withSmile(Scenario s, SmileParameters smile) {
        return s.withMarket(s.market().withSmile(smile));
    }

    private VBox futuresTable() {
        ListTable<FuturesQuote> table = new ListTable<>(vm, "futuresCurve", "VX futures", "market.vixFutures",
                s -> s.market().vixFutures(), (s, list) -> s.withMarket(s.market().withVixFutures(list)),
                MarketPanel::nextFuture, "Add the next standard VIX settlement after the last quoted one");
        table.column(new ListTable.ColumnSpec<>("expiry", "Settlement", "VIX settlement Wednesday", 95,
                f -> f.expiry().toString(), f -> f.expiry().toString(), EditCell.Editor.DATE, List.of(),
                (f, text) -> new FuturesQuote(date(text), f.price())));
        table.column(new ListTable.ColumnSpec<>("price", "Price", "Future price, VIX points", 60,
                f -> Fmt.number(f.price(), 2), f -> Check.format(f.price()), EditCell.Editor.TEXT, List.of(),
                (f, text) -> new FuturesQuote(f.expiry(), LegEdits.number("price", text))));
        // Issue 27 §3: the tab fits 1280 px wide with no sideways scroll, so the two tables ask for no more than their
        // columns' text needs (the +/− buttons sit at their right edge); MarketTabFitFxTest measures it.
        table.setPrefWidth(160);
        return table;
    }

    /** The next standard settlement after the last quote, priced like it (the trader types the real price). */
    private static FuturesQuote nextFuture(Scenario s) {
        List<FuturesQuote> curve = s.market().vixFutures();
        LocalDate after = curve.isEmpty() ? s.valuationTime().toLocalDate() : curve.get(curve.size() - 1).expiry();
        double price = curve.isEmpty() ? s.market().vixSpot() : curve.get(curve.size() - 1).price();
        return new FuturesQuote(VixCalendar.upcoming(after.plusDays(1), 1).get(0), price);
    }

    private VBox etfTable() {
        ListTable<EtfQuote> table = new ListTable<>(vm, "etfQuotes", "ETF prices", "market.etfQuotes",
                s -> s.market().etfQuotes(), (s, list) -> s.withMarket(s.market().withEtfQuotes(list)),
                s -> new EtfQuote("ETF" + (s.market().etfQuotes().size() + 1), 10), "Add an ETF/ETN price");
        table.column(new ListTable.ColumnSpec<>("symbol", "Symbol", "VIX ETF/ETN symbol", 60, EtfQuote::symbol,
                EtfQuote::symbol, EditCell.Editor.TEXT, List.of(), (q, text) -> new EtfQuote(text.strip().toUpperCase(), q.price())));
        table.column(new ListTable.ColumnSpec<>("price", "Price", "Price per share, $", 60,
                q -> Fmt.number(q.price(), 2), q -> Check.format(q.price()), EditCell.Editor.TEXT, List.of(),
                (q, text) -> new EtfQuote(q.symbol(), LegEdits.number("price", text))));
        table.getStyleClass().add("narrow-list");
        table.setPrefWidth(125);
        return table;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("expiry", "is not a date like 2027-01-20: '" + text.strip() + "'");
        }
    }
}
