package org.condordesk.ui.backtest;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestConfig.HedgeKind;
import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.widget.Tips;

/**
 * Each hedged variant's hedge as the form edits it: instrument, tenor (days) and size — the fraction of vega-neutral,
 * or the contract count for a fixed-count rule. Strike offset, width and the ALVH layer shares stay as the variant had
 * them. Row i has the ids {@code hedgeInstrument<i>}, {@code hedgeTenor<i>} and {@code hedgeSize<i>}.
 */
final class HedgeRows extends GridPane {

    private final List<Row> rows = new ArrayList<>();

    private record Row(BacktestConfig.Variant variant, ChoiceBox<BacktestConfig.HedgeInstrument> instrument,
                       TextField tenor, TextField size) {
    }

    HedgeRows() {
        setId("backtestHedges");
        setHgap(4);
        setVgap(4);
    }

    /** One row per hedged variant of {@code variants}, filled from it. */
    void show(List<BacktestConfig.Variant> variants) {
        getChildren().clear();
        rows.clear();
        add(new Label("Instrument"), 0, 0);
        add(new Label("Days"), 1, 0);
        add(new Label("Size"), 2, 0);
        int line = 1;
        for (BacktestConfig.Variant variant : variants) {
            if (variant.kind() == HedgeKind.NONE) {
                continue;
            }
            int i = rows.size();
            ChoiceBox<BacktestConfig.HedgeInstrument> instrument = new ChoiceBox<>(
                    FXCollections.observableArrayList(BacktestConfig.HedgeInstrument.values()));
            instrument.setId("hedgeInstrument" + i);
            instrument.setConverter(INSTRUMENT_WORDS);
            instrument.setValue(variant.hedge().instrument());
            TextField tenor = field("hedgeTenor" + i, Integer.toString(variant.hedge().tenorDays()),
                    "Calendar days to the hedge's expiry at entry (30–120)");
            boolean counted = variant.sizing().rule() == BacktestConfig.SizingRule.CONTRACTS;
            TextField size = field("hedgeSize" + i, counted ? Integer.toString(variant.sizing().contracts())
                    : Check.format(variant.sizing().hedgeRatio()), counted ? "Contracts (a fixed count)"
                    : "× the vega-neutral size (1 = neutral at entry; the scenario's layer size against neutral)");
            // The variant's name on its own line (names run to 60 characters), its hedge's fields below.
            Label name = new Label(variant.name() + (variant.kind() == HedgeKind.ALVH ? " (ALVH)" : "")
                    + (counted ? ": contracts" : ": × vega-neutral"));
            name.setWrapText(true);
            add(name, 0, line++, 3, 1);
            addRow(line++, instrument, tenor, size);
            rows.add(new Row(variant, instrument, tenor, size));
        }
    }

    /** The hedge instruments in the trader's words (issue 27 §4), not the enum's CALL_SPREAD / ETF_SHARES. */
    static final javafx.util.StringConverter<BacktestConfig.HedgeInstrument> INSTRUMENT_WORDS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(BacktestConfig.HedgeInstrument value) {
            return value == null ? "" : switch (value) {
                case CALL_SPREAD -> "Call spread";
                case VX -> "VX futures";
                case VXM -> "VXM minis";
                case CALL -> "VIX call";
                case DIAGONAL -> "Diagonal";
                case ETF_SHARES -> "ETF shares";
                case ETF_CALL -> "ETF call";
            };
        }

        @Override
        public BacktestConfig.HedgeInstrument fromString(String text) {
            throw new UnsupportedOperationException("instruments are picked, not typed");
        }
    };

    /**
     * The variants last shown, each hedged one's instrument, tenor and size read from its row (rows follow the hedged
     * variants in order).
     */
    List<BacktestConfig.Variant> read(List<BacktestConfig.Variant> variants) {
        List<BacktestConfig.Variant> out = new ArrayList<>();
        int hedged = 0;
        for (BacktestConfig.Variant variant : variants) {
            boolean edit = variant.kind() != HedgeKind.NONE && hedged < rows.size();
            out.add(edit ? edited(rows.get(hedged++)) : variant);
        }
        return out;
    }

    private static BacktestConfig.Variant edited(Row row) {
        BacktestConfig.Variant v = row.variant();
        String label = v.name() + " ";
        int tenor = whole(label + "days", row.tenor());
        BacktestConfig.Hedge hedge = new BacktestConfig.Hedge(row.instrument().getValue(), tenor,
                v.hedge().longStrikeOffsetPoints(), v.hedge().widthPoints());
        BacktestConfig.Sizing s = v.sizing();
        BacktestConfig.Sizing sizing = s.rule() == BacktestConfig.SizingRule.CONTRACTS
                ? new BacktestConfig.Sizing(s.rule(), s.hedgeRatio(), whole(label + "size", row.size()), s.layer1Share(),
                        s.layer2Share())
                : new BacktestConfig.Sizing(s.rule(), number(label + "size", row.size()), s.contracts(), s.layer1Share(),
                        s.layer2Share());
        return new BacktestConfig.Variant(v.name(), v.kind(), hedge, sizing);
    }

    private static int whole(String label, TextField field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(label, "is not a whole number: '" + field.getText().strip() + "'");
        }
    }

    private static double number(String label, TextField field) {
        try {
            return Double.parseDouble(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(label, "is not a number: '" + field.getText().strip() + "'");
        }
    }

    private static TextField field(String id, String text, String tip) {
        TextField field = Tips.on(new TextField(text), tip);
        field.setId(id);
        field.setPrefColumnCount(3);
        return field;
    }
}
