package org.condordesk.ui.widget;

import java.util.Optional;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A text field for one scenario figure: shows the model's value, commits on Enter or on leaving the
 * field, and on a refused input keeps the text, turns red and says why in its tooltip. Escape reverts.
 */
public final class ValueField extends TextField {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Function<String, Optional<String>> commit;
    private final Tooltip help;
    private String shown = "";
    private boolean committing;

    public ValueField(String id, String tip, Function<String, Optional<String>> commit) {
        this.commit = commit;
        this.help = Tips.tooltip(tip);
        setId(id);
        setTooltip(help);
        setPrefColumnCount(7);
        getStyleClass().add("value-field");
        setOnAction(e -> commitText());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !getText().equals(shown)) {
                commitText();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(shown);
                e.consume();
            }
        });
    }

    /** Shows the model's value unless the trader is typing over it. */
    public void show(String text) {
        boolean typing = !committing && isFocused() && !getText().equals(shown);
        shown = text;
        if (!typing) {
            setText(text);
            markValid();
        }
    }

    private void commitText() {
        if (getText().equals(shown)) {
            markValid();
            return;
        }
        Optional<String> error;
        committing = true;
        try {
            error = commit.apply(getText());
        } finally {
            committing = false;
        }
        if (error.isPresent()) {
            pseudoClassStateChanged(INVALID, true);
            Tooltip tip = Tips.tooltip(error.get());
            tip.getStyleClass().add("error-tip");
            setTooltip(tip);
        } else {
            // An accepted edit that changed nothing (same value typed differently) shows the model's form again.
            setText(shown);
            markValid();
        }
    }

    private void markValid() {
        pseudoClassStateChanged(INVALID, false);
        setTooltip(help);
    }

    /** True while the field holds a refused input. */
    public boolean isInvalid() {
        return getPseudoClassStates().contains(INVALID);
    }
}
