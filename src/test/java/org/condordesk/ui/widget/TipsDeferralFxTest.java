package org.condordesk.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Start-up's tooltips (issue 27 §6): asked for while the window is built, made only after its first frame; each
 * node then has the tooltip it asked for, a shared one is shared, and one set meanwhile is kept.
 */
@ExtendWith(ApplicationExtension.class)
class TipsDeferralFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @Test
    void tooltipsNotedDuringStartUpAreInstalledAfterwardsAsAsked() {
        String[] seen = onFx(() -> {
            Tips.deferUntilInstalled();
            try {
                Label value = Tips.on(new Label("$111"), "P&L, $");
                Label key = new Label("P&L");
                Tips.share(value, key);
                Label header = Tips.on(new Label("Risk graph"), "the panel's own tip");
                Tips.onIfNone(header, "a second tip must not replace the first");
                Label later = Tips.on(new Label("x"), "noted first");
                Tips.set(later, "set meanwhile");
                Pane plain = Tips.on(new Pane(), "a pane's tip");
                boolean noneYet = value.getTooltip() == null && key.getTooltip() == null && header.getTooltip() == null;
                Tips.installDeferred();
                return new String[] {Boolean.toString(noneYet), value.getTooltip().getText(),
                    Boolean.toString(key.getTooltip() == value.getTooltip()), header.getTooltip().getText(),
                    later.getTooltip().getText(), Boolean.toString(plain.getProperties().values().stream()
                            .anyMatch(v -> v instanceof javafx.scene.control.Tooltip t && t.getText().equals("a pane's tip")))};
            } finally {
                Tips.installDeferred();
            }
        });
        assertThat(seen).containsExactly("true", "P&L, $", "true", "the panel's own tip", "set meanwhile", "true");
    }

    @Test
    void withoutDeferralATooltipIsMadeAtOnce() {
        String text = onFx(() -> Tips.on(new Label("y"), "at once").getTooltip().getText());
        assertThat(text).isEqualTo("at once");
    }

    @Test
    void aCellIsNamedByAPropertyNotItsCssId() {
        // EditCell names itself "prefix-row" in its properties; the CSS id stays unset (a new id re-matches every
        // stylesheet selector for the cell at once and keeps it out of the style cache).
        String[] named = onFx(() -> {
            javafx.collections.ObservableList<Row<String>> rows = javafx.collections.FXCollections.observableArrayList();
            rows.add(new Row<>(0, "a"));
            rows.add(new Row<>(1, "b"));
            javafx.scene.control.TableView<Row<String>> table = new javafx.scene.control.TableView<>(rows);
            javafx.scene.control.TableColumn<Row<String>, String> column = new javafx.scene.control.TableColumn<>("c");
            column.setCellValueFactory(f -> f.getValue().valueProperty());
            column.setCellFactory(c -> new EditCell<>(EditCell.Spec.<String>readOnly("demo", s -> s.toUpperCase(java.util.Locale.ROOT))));
            table.getColumns().add(column);
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 200, 200));
            stage.show();
            table.applyCss();
            table.layout();
            String[] out = table.lookupAll(".edit-cell").stream().map(n -> (TableCell<?, ?>) n)
                    .filter(c -> "demo-1".equals(c.getProperties().get(EditCell.CELL_NAME)))
                    .map(c -> c.getText() + "|" + c.getId()).toArray(String[]::new);
            stage.close();
            return out;
        });
        assertThat(named).containsExactly("B|null");
    }
}
