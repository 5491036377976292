package org.condordesk.ui.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.ScenarioSummary;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/** The library browser's two tables: scenarios (sortable by any column) and the selected scenario's versions. */
final class LibraryTables {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
    private static final String VEGA_TIP = "Net VIX vega of the version: $ per +1.00 point of spot VIX";
    private static final String LOSS_TIP = "Max loss: lowest P&L at the core expiry on SPX ±10 %, $ (negative = loss)";

    private LibraryTables() {
    }

    /** Scenarios: name, last saved, net VIX vega, max loss, core expiry, versions, tags, and when deleted. */
    static TableView<LibraryEntry> scenarios(ObservableList<LibraryEntry> entries) {
        TableView<LibraryEntry> table = new TableView<>();
        SortedList<LibraryEntry> sorted = new SortedList<>(entries);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("libraryScenarios");
        table.getStyleClass().add("library-table");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        TableColumn<LibraryEntry, String> name = text("Name", "Scenario name (the library keys scenarios by it)", 300,
                LibraryEntry::name);
        name.setId("colName");
        table.getColumns().add(name);
        table.getColumns().add(instant("Last saved", "When the latest version was saved (local time)", LibraryEntry::lastSavedAt));
        table.getColumns().add(dollars("Net VIX vega $/pt", VEGA_TIP + ", of the latest version", 130,
                e -> e.summary().map(ScenarioSummary::netVixVega)));
        table.getColumns().add(dollars("Max loss $", LOSS_TIP + ", latest version", 100, e -> e.summary().map(ScenarioSummary::maxLoss)));
        TableColumn<LibraryEntry, LocalDate> expiry = value("Core expiry", "Expiry of the core layer of the latest version", 96,
                e -> e.summary().flatMap(ScenarioSummary::coreExpiryDate).orElse(null));
        expiry.setCellFactory(c -> new FormattedCell<>(date -> date.toString(), null));
        table.getColumns().add(expiry);
        TableColumn<LibraryEntry, Integer> count = value("Versions", "How many versions are saved", 70, LibraryEntry::versionCount);
        count.setCellFactory(c -> new FormattedCell<>(String::valueOf, null));
        count.getStyleClass().add("numeric");
        table.getColumns().add(count);
        table.getColumns().add(text("Tags", "The latest version's tags", 150, e -> String.join(", ", e.tags())));
        TableColumn<LibraryEntry, Instant> deleted = instant("Deleted", "When the scenario was deleted (local time)",
                e -> e.deletedAt().orElse(null));
        deleted.setId("colDeleted");
        deleted.setVisible(false);
        table.getColumns().add(deleted);
        table.getSortOrder().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** Versions: number, saved at, note, net VIX vega, max loss; several can be selected (to compare two). */
    static TableView<VersionInfo> versions(ObservableList<VersionInfo> versions) {
        TableView<VersionInfo> table = new TableView<>(versions);
        table.setId("libraryVersions");
        table.getStyleClass().add("library-table");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Select a scenario to see its versions"));
        TableColumn<VersionInfo, Integer> number = value("Version", "Version number: 1, 2, … in save order", 64, VersionInfo::version);
        number.setCellFactory(c -> new FormattedCell<>(v -> "v" + v, null));
        number.getStyleClass().add("numeric");
        table.getColumns().add(number);
        table.getColumns().add(instant("Saved at", "When the version was saved (local time)", VersionInfo::savedAt));
        TableColumn<VersionInfo, String> note = text("Note", "The note given when saving", 320, VersionInfo::note);
        table.getColumns().add(note);
        table.getColumns().add(dollars("Net VIX vega $/pt", VEGA_TIP, 130, v -> v.summary().map(ScenarioSummary::netVixVega)));
        table.getColumns().add(dollars("Max loss $", LOSS_TIP, 100, v -> v.summary().map(ScenarioSummary::maxLoss)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <S, T> TableColumn<S, T> value(String title, String tip, double width, Function<S, T> value) {
        TableColumn<S, T> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <S> TableColumn<S, String> text(String title, String tip, double width, Function<S, String> value) {
        TableColumn<S, String> column = value(title, tip, width, value);
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), null));
        return column;
    }

    private static <S> TableColumn<S, Instant> instant(String title, String tip, Function<S, Instant> value) {
        TableColumn<S, Instant> column = value(title, tip, 128, value);
        column.setCellFactory(c -> new FormattedCell<>(t -> SAVED_AT.format(t.atZone(ZoneId.systemDefault())), null));
        return column;
    }

    /** A $ figure, coloured by sign; "—" when the version has no summary (migrated from an old library). */
    private static <S> TableColumn<S, Double> dollars(String title, String tip, double width, Function<S, Optional<Double>> value) {
        TableColumn<S, Double> column = value(title, tip, width, s -> value.apply(s).orElse(null));
        column.setCellFactory(c -> new FormattedCell<S, Double>(Fmt::usd0, Double::doubleValue).withTip(tip));
        column.getStyleClass().add("numeric");
        return column;
    }

    /** A read-only cell showing a value through a formatter, coloured by sign when {@code sign} is given. */
    private static final class FormattedCell<S, T> extends TableCell<S, T> {
        private final Function<T, String> format;
        private final java.util.function.ToDoubleFunction<T> sign;
        private String tip;

        FormattedCell(Function<T, String> format, java.util.function.ToDoubleFunction<T> sign) {
            this.format = format;
            this.sign = sign;
        }

        /** A tooltip on each filled cell: its figure, then what it is and its unit. */
        FormattedCell<S, T> withTip(String text) {
            this.tip = text;
            return this;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Fmt.NONE : format.apply(item));
            if (sign != null) {
                Fmt.colourBySign(this, empty || item == null ? Double.NaN : sign.applyAsDouble(item), 0);
            }
            if (tip != null) {
                Tips.set(this, empty || item == null ? null : getText() + ": " + tip);
            }
        }
    }
}
