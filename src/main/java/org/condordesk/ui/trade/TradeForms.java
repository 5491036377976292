package org.condordesk.ui.trade;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.condordesk.model.ValidationException;
import org.condordesk.trade.TradePrice;
import org.condordesk.trade.TradeResult;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.work.Worker;

/** The inputs the trade dialogs share: a label/field grid, the price source with a typed price, the fill time. */
final class TradeForms {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TradeForms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints fields = new ColumnConstraints(160, 220, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        return grid;
    }

    static void row(GridPane grid, String label, String tip, Node field) {
        Label key = new Label(label);
        key.getStyleClass().add("form-key");
        Tips.on(key, tip);
        grid.addRow(grid.getRowCount(), key, field);
    }

    /** Mid / bid-ask / model, and a typed price when {@code typed} is allowed (one leg). */
    static final class PriceInput {
        static final String MID = "Mid (model without a quote)";
        static final String BID_ASK = "Bid / ask (sell at bid, buy at ask)";
        static final String MODEL = "Model price";
        static final String TYPED = "Typed price";

        final ChoiceBox<String> source = new ChoiceBox<>();
        final TextField price = new TextField();
        final HBox node;

        PriceInput(String id, boolean typed) {
            source.setId(id + "Source");
            source.getItems().setAll(MID, BID_ASK, MODEL);
            if (typed) {
                source.getItems().add(TYPED);
            }
            source.setValue(MID);
            source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            price.setId(id + "Typed");
            price.setPromptText("points");
            price.setPrefColumnCount(7);
            price.disableProperty().bind(source.valueProperty().isNotEqualTo(TYPED));
            Tips.on(price, "The fill price per unit, in points");
            node = new HBox(6, source, price);
        }

        TradePrice value() {
            return switch (source.getValue()) {
                case BID_ASK -> TradePrice.bidAsk();
                case MODEL -> TradePrice.model();
                case TYPED -> TradePrice.typed(LegEdits.number("price", price.getText()));
                default -> TradePrice.mid();
            };
        }
    }

    /** A New York date-time field: {@code 2026-11-25 10:00}, or a date alone at {@code clock}'s time. */
    static TextField timeField(String id, LocalDateTime initial) {
        TextField field = new TextField(TIME.format(initial));
        field.setId(id);
        field.setPrefColumnCount(14);
        Tips.on(field, "When the fills happen, New York time: 2026-11-25 10:00 (a date alone keeps the valuation clock)");
        return field;
    }

    static LocalDateTime time(TextField field, LocalDateTime clock) {
        String text = field.getText().strip();
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atTime(clock.toLocalTime())
                    : LocalDateTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw new ValidationException("time", "is not a date-time like 2026-11-25 10:00: '" + text + "'");
        }
    }

    /**
     * Lays {@code content} into {@code dialog} with OK (named {@code okText}, id {@code okId}) and Cancel; OK closes
     * only when {@code request} gives a request (else the dialog stays open with the reason shown), and that request
     * is the dialog's result. Each of {@code inputs} changing runs {@code refresh}.
     */
    static <R> void layout(javafx.scene.control.Dialog<R> dialog, Node content, String okText, String okId,
                           Supplier<R> request, Runnable refresh,
                           javafx.beans.Observable... inputs) {
        content.getStyleClass().add("dialog-form");
        dialog.getDialogPane().setContent(content);
        Dialogs.okWhenValid(dialog, okText, request).setId(okId);
        for (javafx.beans.Observable input : inputs) {
            input.addListener(o -> refresh.run());
        }
    }

    /** Previews {@code trade} in the background: its cash and realised P&L on {@code preview}, or why not on {@code error}. */
    static void previewTrade(Worker background, Label preview, Label error, Supplier<TradeResult> trade) {
        background.replace(job -> trade.get(), result -> {
            error.setText("");
            preview.setText(Previews.trade(result));
        }, failure -> {
            preview.setText("");
            error.setText(failure.message());
        });
    }

    static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(460);
        return error;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("muted-note");
        note.setWrapText(true);
        note.setMaxWidth(460);
        return note;
    }
}
