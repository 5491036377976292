package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text the workstation shows, on every tab, in the trader's words (issue 27 §4): no enum constant's name
 * (SAME_STRIKES, SPX_OPTION) and no CORE / HEDGE for a layer's role.
 */
@Tag("slow")
class WindowWordsFxTest extends WorkstationFxBase {

    /** An enum constant's name with an underscore, as the code spells it. */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    @Test
    void noTabShowsAnEnumName() {
        app.settle();
        List<String> offending = new ArrayList<>();
        for (EditorTab tab : EditorTab.values()) {
            onFx(() -> {
                app.workstation.showTab(tab);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            app.settle();
            List<String> shown = onFx(() -> {
                app.workstation.scene().getRoot().applyCss();
                app.workstation.scene().getRoot().layout();
                List<String> texts = new ArrayList<>();
                collect(app.workstation.scene().getRoot(), texts);
                return texts;
            });
            shown.stream().filter(t -> ENUM_NAME.matcher(t).find()).forEach(t -> offending.add(tab + ": " + t));
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theLayersTableNamesRolesInWords() {
        app.settle();
        List<String> roles = onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Node cell : app.workstation.scene().getRoot().lookupAll("#layersTable .table-cell")) {
                if (cell instanceof Labeled labeled && labeled.getText() != null
                        && labeled.getText().matches("(?i)core|hedge")) {
                    texts.add(labeled.getText());
                }
            }
            return texts;
        });
        // The sample has one core layer (the condor) and two hedges.
        assertThat(roles).contains("Core", "Hedge").doesNotContain("CORE", "HEDGE");
    }

    /** Every Labeled's and Text's text, and every choice a ChoiceBox offers (through its converter). */
    @SuppressWarnings("unchecked")
    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof ChoiceBox<?> box) {
            ChoiceBox<Object> choices = (ChoiceBox<Object>) box;
            for (Object item : choices.getItems()) {
                texts.add(choices.getConverter() == null ? String.valueOf(item) : choices.getConverter().toString(item));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
