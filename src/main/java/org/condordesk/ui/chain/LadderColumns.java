package org.condordesk.ui.chain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.condordesk.store.json.PreferencesFile;

/**
 * The strike ladder's column choice, remembered (issue 31 §1): the shown columns' ids ({@code callBid}, {@code putIv}
 * …) in the preferences file ({@code ladderColumns}, written through its guarded atomic writer), one choice for the
 * SPX and the VIX ladder. A table follows the saved choice when it is registered; a column shown or hidden from the
 * table's menu is applied to the other ladder and saved. A failure to write is reported and only means the next
 * window opens with the choice before it.
 */
final class LadderColumns {

    private final PreferencesFile preferences;
    private final Consumer<String> onProblem;
    private final List<TableView<?>> tables = new ArrayList<>();
    private boolean applying;

    LadderColumns(PreferencesFile preferences, Consumer<String> onProblem) {
        this.preferences = preferences;
        this.onProblem = onProblem;
    }

    /** Shows the saved columns of {@code table} (its defaults when none are saved) and saves the user's changes. */
    void register(TableView<?> table) {
        tables.add(table);
        Optional<List<String>> saved = preferences.read().ladderColumns();
        saved.ifPresent(ids -> apply(table, new HashSet<>(ids)));
        for (TableColumn<?, ?> column : leaves(table)) {
            column.visibleProperty().addListener((obs, was, shown) -> changed(table));
        }
    }

    /** The ids of {@code table}'s shown leaf columns, left to right. */
    static List<String> shown(TableView<?> table) {
        return leaves(table).stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
    }

    private void changed(TableView<?> source) {
        if (applying) {
            return;
        }
        List<String> ids = shown(source);
        applying = true;
        try {
            Set<String> set = new HashSet<>(ids);
            tables.stream().filter(t -> t != source).forEach(t -> apply(t, set));
        } finally {
            applying = false;
        }
        try {
            preferences.update(p -> p.withLadderColumns(ids));
        } catch (IOException | RuntimeException e) {
            onProblem.accept("The ladder's columns could not be remembered: " + e.getMessage());
        }
    }

    private void apply(TableView<?> table, Set<String> ids) {
        boolean was = applying;
        applying = true;
        try {
            for (TableColumn<?, ?> column : leaves(table)) {
                column.setVisible(ids.contains(column.getId()));
            }
        } finally {
            applying = was;
        }
    }

    /** The table's leaf columns that have an id (the nested Calls / Puts headers are groups, not columns). */
    private static List<TableColumn<?, ?>> leaves(TableView<?> table) {
        List<TableColumn<?, ?>> out = new ArrayList<>();
        table.getColumns().forEach(c -> collect(c, out));
        return out;
    }

    private static void collect(TableColumn<?, ?> column, List<TableColumn<?, ?>> out) {
        if (column.getColumns().isEmpty()) {
            if (column.getId() != null) {
                out.add(column);
            }
        } else {
            column.getColumns().forEach(c -> collect(c, out));
        }
    }
}
