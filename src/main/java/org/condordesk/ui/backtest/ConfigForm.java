package org.condordesk.ui.backtest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestConfig.HedgeKind;
import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.widget.Tips;

/**
 * The run's settings as the window edits them: window, entry rule, exits, costs, cost of capital and which variants.
 * Everything the form does not show (the market model, the ALVH rules, the hedge instrument) comes from the base
 * config: the defaults, or the file last loaded. {@link #config()} reads the fields into a config, or throws a
 * one-line {@link ValidationException} naming the field.
 */
final class ConfigForm extends VBox {

    private BacktestConfig base = BacktestConfig.defaults();
    private final TextField from = field("backtestFrom", "First day (yyyy-mm-dd); empty: the history's first");
    private final TextField to = field("backtestTo", "Last day (yyyy-mm-dd); empty: the history's last");
    private final TextField every = field("backtestEvery", "Open a condor every N trading days");
    private final TextField dte = field("backtestDte", "Calendar days to the condor's expiry at entry");
    private final TextField delta = field("backtestDelta", "|Δ| of the short strikes, e.g. 0.16");
    private final TextField wing = field("backtestWing", "Wing width in SPX points");
    private final TextField contracts = field("backtestContracts", "Condors opened at each entry (lots)");
    private final HedgeRows hedges = new HedgeRows();
    private final TextField takeProfit = field("backtestTakeProfit", "Take profit at this % of the credit; empty: none");
    private final TextField stopLoss = field("backtestStopLoss", "Stop at a loss of this % of the credit; empty: none");
    private final TextField closeBefore = field("backtestCloseBefore", "Close N calendar days before expiry; 0: hold");
    private final TextField spxSpread = field("backtestSpxSpread", "SPX option half-spread, points per unit");
    private final TextField vixSpread = field("backtestVixSpread", "VIX option half-spread, points (wider further out)");
    private final TextField vxSpread = field("backtestVxSpread", "VX future half-spread, points");
    private final TextField commission = field("backtestCommission", "Commission per SPX and VIX option contract ($)");
    private final TextField costOfCapital = field("backtestCostOfCapital", "Annual cost of capital (%) the IRR is set against");
    private final Map<HedgeKind, CheckBox> variants = new EnumMap<>(HedgeKind.class);
    /** The event filter: no entry whose condor lives through a bundled event of a ticked kind. */
    private final Map<org.condordesk.model.EventKind, CheckBox> skipEvents =
            new EnumMap<>(org.condordesk.model.EventKind.class);

    ConfigForm() {
        setId("backtestConfig");
        setSpacing(6);
        setPadding(new Insets(8));
        variants.put(HedgeKind.NONE, check("backtestVariantNone", "No hedge"));
        variants.put(HedgeKind.FIXED, check("backtestVariantFixed", "Fixed VIX hedge"));
        variants.put(HedgeKind.ALVH, check("backtestVariantAlvh", "ALVH (adaptive)"));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        row = section(grid, row, "Window");
        row = row(grid, row, "From", from);
        row = row(grid, row, "To", to);
        row = section(grid, row, "Entry");
        row = row(grid, row, "Every (trading days)", every);
        row = row(grid, row, "Days to expiry", dte);
        row = row(grid, row, "Short delta", delta);
        row = row(grid, row, "Wing width (pts)", wing);
        row = row(grid, row, "Contracts", contracts);
        for (org.condordesk.model.EventKind kind : List.of(org.condordesk.model.EventKind.FOMC,
                org.condordesk.model.EventKind.CPI, org.condordesk.model.EventKind.PPI)) {
            CheckBox box = check("backtestSkip" + kind, kind.name());
            box.setTooltip(new javafx.scene.control.Tooltip("Skip an entry whose condor would live through a bundled "
                    + kind + " date (docs/signals.md, the event calendar)"));
            skipEvents.put(kind, box);
        }
        HBox skipRow = new HBox(8, skipEvents.values().toArray(new javafx.scene.Node[0]));
        // The label on its own line and the boxes under it, across both columns: side by side they do not fit the
        // form's width once it scrolls, and the boxes' names were cut to "F…".
        grid.add(new Label("Skip through events"), 0, row++, 2, 1);
        skipRow.setPadding(new Insets(0, 0, 0, 12));
        grid.add(skipRow, 0, row++, 2, 1);
        row = section(grid, row, "Exits");
        row = row(grid, row, "Take profit (% credit)", takeProfit);
        row = row(grid, row, "Stop loss (% credit)", stopLoss);
        row = row(grid, row, "Close days before exp.", closeBefore);
        row = section(grid, row, "Costs");
        row = row(grid, row, "SPX half-spread (pts)", spxSpread);
        row = row(grid, row, "VIX opt. half-spread", vixSpread);
        row = row(grid, row, "VX half-spread (pts)", vxSpread);
        row = row(grid, row, "Commission ($/contract)", commission);
        row = section(grid, row, "Capital");
        row(grid, row, "Cost of capital (%)", costOfCapital);
        Label hedgeTitle = new Label("Hedges");
        hedgeTitle.getStyleClass().add("section-title");
        hedgeTitle.setStyle("-fx-font-weight: bold");
        getChildren().addAll(grid, hedgeTitle, hedges);
        show(base);
    }

    /** The variant tick boxes (the window shows them by the Run button). */
    HBox variantBoxes() {
        HBox boxes = new HBox(8, new Label("Variants"), variants.get(HedgeKind.NONE), variants.get(HedgeKind.FIXED),
                variants.get(HedgeKind.ALVH));
        boxes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return boxes;
    }

    /** Fills the fields from {@code config}, which becomes the base for what the form does not show. */
    void show(BacktestConfig config) {
        base = config;
        from.setText(config.from().map(LocalDate::toString).orElse(""));
        to.setText(config.to().map(LocalDate::toString).orElse(""));
        BacktestConfig.Entry entry = config.entry();
        every.setText(Integer.toString(entry.everyTradingDays()));
        dte.setText(Integer.toString(entry.daysToExpiry()));
        delta.setText(Check.format(entry.shortDelta()));
        wing.setText(Check.format(entry.wingWidthPoints()));
        contracts.setText(Integer.toString(entry.contracts()));
        hedges.show(config.variants());
        skipEvents.forEach((kind, box) -> box.setSelected(entry.skipEvents().contains(kind)));
        BacktestConfig.Exits exits = config.exits();
        takeProfit.setText(optional(exits.takeProfitPctOfCredit()));
        stopLoss.setText(optional(exits.stopLossPctOfCredit()));
        closeBefore.setText(Integer.toString(exits.closeDaysBeforeExpiry()));
        BacktestConfig.Costs costs = config.costs();
        spxSpread.setText(Check.format(costs.spxOptionHalfSpread()));
        vixSpread.setText(Check.format(costs.vixOptionHalfSpread()));
        vxSpread.setText(Check.format(costs.vixFutureHalfSpread()));
        commission.setText(Check.format(costs.spxOptionCommission()));
        costOfCapital.setText(Check.format(config.capital().costOfCapital() * 100));
        variants.forEach((kind, box) -> box.setSelected(config.variants().stream().anyMatch(v -> v.kind() == kind)));
    }

    /** Sets the window (yyyy-mm-dd; empty for the history's ends): for tests and the screenshot. */
    void setWindow(String first, String last) {
        from.setText(first);
        to.setText(last);
    }

    /** The config the fields describe. */
    BacktestConfig config() {
        BacktestConfig.Entry entry = new BacktestConfig.Entry(whole("Every (trading days)", every),
                whole("Days to expiry", dte), number("Short delta", delta), number("Wing width", wing),
                base.entry().strikeStepPoints(), whole("Contracts", contracts), skipEvents.entrySet().stream()
                .filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()),
                base.entry().wingPercentOfSpot(), base.entry().wingDelta(), base.entry().wingCreditPctOfWidth(),
                base.entry().farStrikeStepPoints());
        BacktestConfig.Exits exits = new BacktestConfig.Exits(optionalNumber("Take profit", takeProfit),
                optionalNumber("Stop loss", stopLoss), whole("Close days before expiry", closeBefore));
        BacktestConfig.Costs old = base.costs();
        double perContract = number("Commission", commission);
        BacktestConfig.Costs costs = new BacktestConfig.Costs(number("SPX half-spread", spxSpread),
                number("VIX option half-spread", vixSpread), number("VX half-spread", vxSpread),
                old.vixWideningPer30Days(), perContract, perContract, old.vxCommission(), old.vxmCommission(),
                old.spxHalfSpreadVolPoints());
        BacktestConfig.Capital capital = new BacktestConfig.Capital(number("Cost of capital", costOfCapital) / 100,
                base.capital().vxMarginPerContract(), base.capital().baseDollars(), base.capital().equityFraction());
        return base.withFrom(date("From", from)).withTo(date("To", to)).withEntry(entry).withExits(exits)
                .withCosts(costs).withCapital(capital).withVariants(chosenVariants());
    }

    /**
     * The base config's variants of the ticked kinds, their hedges as edited in the Hedges rows (the standard one of a
     * kind the base lacks).
     */
    private List<BacktestConfig.Variant> chosenVariants() {
        List<BacktestConfig.Variant> chosen = new ArrayList<>();
        List<BacktestConfig.Variant> edited = hedges.read(base.variants());
        for (Map.Entry<HedgeKind, CheckBox> kind : variants.entrySet()) {
            if (!kind.getValue().isSelected()) {
                continue;
            }
            List<BacktestConfig.Variant> ofKind = edited.stream().filter(v -> v.kind() == kind.getKey()).toList();
            chosen.addAll(ofKind.isEmpty() ? BacktestConfig.Variant.standard().stream()
                    .filter(v -> v.kind() == kind.getKey()).toList() : ofKind);
        }
        if (chosen.isEmpty()) {
            throw new ValidationException("Variants", "tick at least one variant");
        }
        return chosen;
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? Check.format(value.getAsDouble()) : "";
    }

    private static Optional<LocalDate> date(String label, TextField field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new ValidationException(label, "is not a date (yyyy-mm-dd): '" + text + "'");
        }
    }

    private static double number(String label, TextField field) {
        return parsed(label, field, Double::parseDouble, "a number");
    }

    private static OptionalDouble optionalNumber(String label, TextField field) {
        return field.getText().isBlank() ? OptionalDouble.empty() : OptionalDouble.of(number(label, field));
    }

    private static int whole(String label, TextField field) {
        return parsed(label, field, Integer::parseInt, "a whole number");
    }

    /** The field's text read by {@code parse}, or an error naming the field's label and what it should be. */
    private static <T> T parsed(String label, TextField field, java.util.function.Function<String, T> parse, String what) {
        String text = field.getText().strip();
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(label, "is not " + what + ": '" + text + "'");
        }
    }

    private static TextField field(String id, String tip) {
        TextField field = Tips.on(new TextField(), tip);
        field.setId(id);
        field.setPrefColumnCount(7);
        return field;
    }

    private static CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    private static int section(GridPane grid, int row, String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        label.setStyle("-fx-font-weight: bold");
        grid.add(label, 0, row, 2, 1);
        return row + 1;
    }

    private static int row(GridPane grid, int row, String text, TextField field) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }
}
