package org.condordesk.ui.backtest;

import java.time.LocalDate;
import java.util.Optional;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import org.condordesk.backtest.Sweep;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/** How the window writes the backtest's figures: returns and rates in %, ratios to 2 decimals, whole dollars. */
final class BacktestText {

    private BacktestText() {
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? Fmt.percent(fraction, 1) : Fmt.NONE;
    }

    static String ratio(double value) {
        return Fmt.number(value, 2);
    }

    static String dollars(double value) {
        return Fmt.signedUsd0(value);
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(Fmt.NONE);
    }

    /** A table column of text read from each row, with a header tooltip, not sortable (the rows keep their order). */
    static <S> TableColumn<S, String> column(String title, String tip, Function<S, String> read, double width) {
        TableColumn<S, String> column = Tips.column(title, tip);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(read.apply(cell.getValue())));
        // Room for the bold header whole: its text's width at the header font, plus the cell padding.
        javafx.scene.text.Text measure = new javafx.scene.text.Text(title);
        measure.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
        column.setPrefWidth(Math.ceil(Math.max(width, measure.getLayoutBounds().getWidth() + 16)));
        column.setMinWidth(column.getPrefWidth() * 0.9);
        column.setSortable(false);
        return column;
    }

    /** A sweep metric's value as its heatmap cell shows it. */
    static String metric(Sweep.Metric metric, double value) {
        return switch (metric) {
            case SHARPE, SORTINO -> ratio(value);
            case TOTAL_PNL -> compactDollars(value);
            default -> percent(value);
        };
    }

    /** $12.3k, -$1.2M: dollars short enough for a heatmap cell. */
    static String compactDollars(double value) {
        if (!Double.isFinite(value)) {
            return Fmt.NONE;
        }
        double abs = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        if (abs >= 1e6) {
            return sign + "$" + Fmt.number(abs / 1e6, 1) + "M";
        }
        if (abs >= 1e3) {
            return sign + "$" + Fmt.number(abs / 1e3, 1) + "k";
        }
        return sign + "$" + Fmt.number(abs, 0);
    }
}
