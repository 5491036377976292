package org.condordesk.ui.trade;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.condordesk.market.ChainQuotes;
import org.condordesk.market.MarketState;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.Greeks;
import org.condordesk.trade.Rolling;
import org.condordesk.trade.TradePrice;
import org.condordesk.trade.TradeResult;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.work.Worker;

/**
 * "Roll layer": the new expiry, how strikes are picked, the price; the roll's net cash and the layer's and the
 * position's greeks before and after, side by side, computed in the background as the inputs change.
 */
final class RollDialog extends Dialog<RollDialog.Request> {

    /** What to roll. */
    record Request(int layer, LocalDate toExpiry, RollMode mode, TradePrice price, LocalDateTime time) {
    }

    private static final List<String> ROWS = List.of("Value $", "P&L $", "SPX delta $/pt", "Theta $/day",
            "SPX vega $/vol", "VIX vega $/VIX pt");

    private final Scenario scenario;
    /** The loaded chains' quotes the preview prices from (issue 31 §2). */
    private final ChainQuotes chain;
    private final int layerIndex;
    private final TextField toExpiry = new TextField();
    private final ChoiceBox<RollMode> mode = new ChoiceBox<>();
    private final TradeForms.PriceInput price = new TradeForms.PriceInput("rollPrice", false);
    private final TextField time;
    private final Label cash = new Label();
    private final GridPane sideBySide = new GridPane();
    private final Label[][] figures = new Label[ROWS.size()][4];
    private final Label error = TradeForms.errorLabel("rollError");
    private final Worker background = new Worker("condordesk-trade", Platform::runLater);

    RollDialog(Window owner, Scenario scenario, ChainQuotes chain, int layerIndex) {
        this.scenario = scenario;
        this.chain = chain;
        this.layerIndex = layerIndex;
        initOwner(owner);
        Layer layer = scenario.layers().get(layerIndex);
        LocalDate front = Rolling.frontExpiry(layer).orElse(scenario.valuationTime().toLocalDate());
        setTitle("Roll");
        setHeaderText("Roll '" + layer.name() + "' from " + front);
        toExpiry.setId("rollExpiry");
        toExpiry.setText(defaultTarget(layer, front).toString());
        toExpiry.setPrefColumnCount(10);
        mode.setId("rollMode");
        mode.getItems().setAll(RollMode.values());
        mode.setValue(RollMode.SAME_STRIKES);
        // The trader's words (issue 27 §4), not SAME_STRIKES / SAME_DELTAS / SAME_WIDTH.
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RollMode value) {
                return value == null ? "" : switch (value) {
                    case SAME_STRIKES -> "Same strikes";
                    case SAME_DELTAS -> "Same deltas";
                    case SAME_WIDTH -> "Same width (shorts by delta)";
                };
            }

            @Override
            public RollMode fromString(String text) {
                return mode.getItems().stream().filter(m -> toString(m).equals(text)).findFirst().orElse(RollMode.SAME_STRIKES);
            }
        });
        time = TradeForms.timeField("rollTime", scenario.valuationTime());
        GridPane grid = TradeForms.grid();
        TradeForms.row(grid, "To expiry", "The new expiry, YYYY-MM-DD (SPXW: any listed day; VIX: a settlement "
                + "Wednesday, weeklies included)", toExpiry);
        TradeForms.row(grid, "Strikes", "Same strikes; same deltas: each option at its current delta; same width: "
                + "shorts by delta, longs at their old width", mode);
        TradeForms.row(grid, "Price", "Both sides of the roll: mid (model without a quote), bid/ask or model", price.node);
        TradeForms.row(grid, "When", "The fills' time, New York", time);
        cash.setId("rollCash");
        cash.getStyleClass().add("trade-preview");
        sideBySide.setId("rollGreeks");
        sideBySide.getStyleClass().add("side-by-side");
        sideBySide.setHgap(14);
        buildSideBySide();
        VBox content = new VBox(10, grid, cash, sideBySide, error, TradeForms.note("The front legs (the layer's earliest "
                + "expiry) are closed and the same structure opened at the new expiry; the roll is kept in the layer's "
                + "history and undoes in one step."));
        TradeForms.layout(this, content, "Roll", "rollOk", this::request, this::refresh,
                toExpiry.textProperty(), mode.valueProperty(), price.source.valueProperty(), time.textProperty());
        setOnHidden(e -> background.close());
        refresh();
        org.condordesk.ui.widget.DialogFit.install(this, "roll", cash);
    }

    /** A week later for SPX legs; the next VIX settlement after the front one for VIX legs. */
    private static LocalDate defaultTarget(Layer layer, LocalDate front) {
        boolean spx = layer.legs().stream().anyMatch(l -> l.quantity() != 0 && l.instrument().kind() == InstrumentKind.SPX_OPTION);
        if (spx) {
            return front.plusWeeks(1);
        }
        return VixCalendar.upcoming(front.plusDays(1), 1).get(0);
    }

    private Request request() {
        return Dialogs.readOrShow(error, () -> new Request(layerIndex, toExpiry(), mode.getValue(), price.value(),
                TradeForms.time(time, scenario.valuationTime())));
    }

    private LocalDate toExpiry() {
        try {
            return LocalDate.parse(toExpiry.getText().strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("toExpiry", "is not a date like 2026-12-16: '" + toExpiry.getText().strip() + "'");
        }
    }

    private record Preview(TradeResult result, Greeks layerBefore, Greeks layerAfter, Greeks before, Greeks after) {
    }

    /** The table's cells exist from the start (a dash until the first preview), so the dialog is sized for them. */
    private void buildSideBySide() {
        List<String> heads = List.of("", "Layer before", "Layer after", "Position before", "Position after");
        for (int c = 0; c < heads.size(); c++) {
            sideBySide.add(fixed(new Label(heads.get(c)), "form-key"), c, 0);
        }
        for (int r = 0; r < ROWS.size(); r++) {
            sideBySide.add(fixed(new Label(ROWS.get(r)), "form-key"), 0, r + 1);
            for (int c = 0; c < 4; c++) {
                figures[r][c] = fixed(new Label(Fmt.NONE), "numeric");
                figures[r][c].setId("rollGreek-" + r + "-" + c);
                sideBySide.add(figures[r][c], c + 1, r + 1);
            }
        }
    }

    private static Label fixed(Label label, String style) {
        label.getStyleClass().add(style);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void refresh() {
        Request request = request();
        if (request == null) {
            cash.setText("");
            clearFigures();
            return;
        }
        cash.setText("…");
        background.replace(job -> preview(request), this::show, failure -> {
            cash.setText("");
            clearFigures();
            error.setText(failure.message());
        });
    }

    private void clearFigures() {
        for (Label[] row : figures) {
            for (Label figure : row) {
                figure.setText(Fmt.NONE);
            }
        }
    }

    private Preview preview(Request request) {
        TradeResult result = Rolling.roll(scenario, request.layer(), request.toExpiry(), request.mode(), request.price(),
                request.time(), chain);
        // Before and after at the roll's instant (issue 25 §3): clock days from the valuation time (market.Tenor).
        double clockDays = Math.max(0, org.condordesk.market.Tenor.clockDays(scenario.valuationInstant(),
                request.time().atZone(org.condordesk.model.Instrument.NEW_YORK)));
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay().withShiftDays(clockDays);
        Analysis before = Analyzer.analyze(scenario, MarketState.of(scenario), settings);
        Analysis after = Analyzer.analyze(result.scenario(), MarketState.of(result.scenario()), settings);
        return new Preview(result, before.layers().get(layerIndex).greeks(), after.layers().get(layerIndex).greeks(),
                before.position(), after.position());
    }

    private void show(Preview preview) {
        error.setText("");
        cash.setText("Net cash of the roll " + Fmt.signedUsd(preview.result().cash()) + " · realised "
                + Fmt.signedUsd(preview.result().realizedPnl()) + (preview.result().notes().isEmpty() ? ""
                : "\n" + String.join("\n", preview.result().notes())));
        Greeks[] columns = {preview.layerBefore(), preview.layerAfter(), preview.before(), preview.after()};
        for (int r = 0; r < ROWS.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                figures[r][c].setText(figure(columns[c], r));
            }
        }
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene(); // the notes under the cash may add lines
        }
    }

    private static String figure(Greeks g, int row) {
        return switch (row) {
            case 0 -> Fmt.usd0(g.value());
            case 1 -> Fmt.signedUsd(g.pnl());
            case 2 -> Fmt.number(g.spxDelta(), 0);
            case 3 -> Fmt.usd0(g.thetaPerDay());
            case 4 -> Fmt.usd0(g.spxVega());
            default -> Fmt.usd0(g.vixVega());
        };
    }
}
