package org.condordesk.ui.widget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

import org.condordesk.ui.format.Fmt;

/**
 * A table cell over a row value that edits one field as text (a text field, a choice or a date picker).
 * The commit function returns the reason an input is refused; a refused input stays in the editor, marked
 * invalid, with the reason in a tooltip right under it, and nothing else changes.
 */
public final class EditCell<T> extends TableCell<Row<T>, T> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");

    /** How the cell edits. */
    public enum Editor { TEXT, CHOICE, DATE, NONE }

    /** What the cell shows and how it commits. {@code commit} gets the row's model index and the text. */
    public record Spec<T>(String idPrefix, Editor editor, Function<T, String> display, Function<T, String> editText,
                          Predicate<T> editable, BiFunction<Integer, String, Optional<String>> commit,
                          List<String> choices, ToDoubleFunction<T> sign, Function<T, String> tip) {

        /** A read-only cell. */
        public static <T> Spec<T> readOnly(String idPrefix, Function<T, String> display) {
            return new Spec<>(idPrefix, Editor.NONE, display, display, t -> false, (i, s) -> Optional.empty(), List.of(),
                    null, null);
        }

        /** A text-edited cell. */
        public static <T> Spec<T> text(String idPrefix, Function<T, String> display, Function<T, String> editText,
                                       Predicate<T> editable, BiFunction<Integer, String, Optional<String>> commit) {
            return new Spec<>(idPrefix, Editor.TEXT, display, editText, editable, commit, List.of(), null, null);
        }

        public Spec<T> withEditor(Editor kind, List<String> options) {
            return new Spec<>(idPrefix, kind, display, editText, editable, commit, options, sign, tip);
        }

        /** Colours the cell red/green by the sign of this figure. */
        public Spec<T> withSign(ToDoubleFunction<T> figure) {
            return new Spec<>(idPrefix, editor, display, editText, editable, commit, choices, figure, tip);
        }

        public Spec<T> withTip(Function<T, String> text) {
            return new Spec<>(idPrefix, editor, display, editText, editable, commit, choices, sign, text);
        }
    }

    /**
     * The node property naming the cell ({@code legs-strike-1}: the spec's prefix and the row). Not the CSS id: a new
     * id makes JavaFX match the stylesheets' selectors again for that cell at once, and with an id of its own no cell
     * shares the style cache, which cost the first frame about a tenth of its start-up (docs/performance.md).
     */
    public static final String CELL_NAME = "condordesk.cellName";

    private final Spec<T> spec;
    private Node editorNode;
    private Tooltip errorTip;
    private boolean committing;

    public EditCell(Spec<T> spec) {
        this.spec = spec;
        getStyleClass().add("edit-cell");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            getProperties().remove(CELL_NAME);
            setTooltip(null);
            return;
        }
        getProperties().put(CELL_NAME, spec.idPrefix() + "-" + getIndex());
        if (isEditing()) {
            return;
        }
        showValue(item);
    }

    private void showValue(T item) {
        String text = spec.display().apply(item);
        setText(text);
        setGraphic(null);
        pseudoClassStateChanged(MUTED, Fmt.NONE.equals(text) || text.isEmpty());
        if (spec.sign() != null) {
            Fmt.colourBySign(this, spec.sign().applyAsDouble(item), 2);
        }
        if (spec.tip() != null) {
            Tips.set(this, spec.tip().apply(item));
        }
    }

    @Override
    public void startEdit() {
        T item = getItem();
        if (spec.editor() == Editor.NONE || item == null || !spec.editable().test(item)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Object typed = getTableView() == null ? null : getTableView().getProperties().get(TableKeys.TYPED);
        // Typing on a date cell edits the date as text: a date picker's skin resets its editor to the old value when
        // it is shown, which lost the typed text and committed ''. F2 or a double-click still opens the picker.
        editorNode = createEditor(item, typed instanceof String && spec.editor() == Editor.DATE ? Editor.TEXT : spec.editor());
        editorNode.getStyleClass().add("cell-editor");
        setText(null);
        setGraphic(editorNode);
        editorNode.requestFocus();
        if (editorNode instanceof TextField field) {
            if (typed instanceof String text) {
                // Typing on a focused cell replaces its value with what was typed, as in a spreadsheet.
                field.setText(text);
                field.end();
            } else {
                field.selectAll();
            }
        }
    }

    private Node createEditor(T item, Editor editor) {
        String start = spec.editText().apply(item);
        return switch (editor) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(spec.choices());
                box.setValue(start);
                box.setOnAction(e -> tryCommit(box.getValue()));
                onEscape(box);
                yield box;
            }
            case DATE -> {
                DatePicker picker = new DatePicker(start.isEmpty() ? null : LocalDate.parse(start));
                picker.setConverter(isoDates());
                picker.setEditable(true);
                picker.setOnAction(e -> tryCommit(picker.getValue() == null ? picker.getEditor().getText()
                        : picker.getValue().toString()));
                onEscape(picker);
                yield picker;
            }
            default -> {
                TextField field = new TextField(start);
                field.setOnAction(e -> tryCommit(field.getText()));
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && isEditing() && !committing) {
                        // Leaving the cell commits; a refused value is dropped and its reason stays in the status line.
                        if (commit(field.getText()).isPresent()) {
                            cancelEdit();
                        }
                    }
                });
                onEscape(field);
                yield field;
            }
        };
    }

    private void onEscape(Node node) {
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
    }

    private void tryCommit(String text) {
        if (committing) {
            return;
        }
        Optional<String> error = commit(text);
        if (error.isPresent()) {
            showError(error.get());
        }
    }

    /** Commits and leaves edit mode on success; returns the refusal otherwise. */
    private Optional<String> commit(String text) {
        committing = true;
        try {
            Row<T> row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                return Optional.empty();
            }
            Optional<String> error = spec.commit().apply(row.index(), text);
            if (error.isEmpty() && isEditing()) {
                cancelEdit();
            }
            return error;
        } finally {
            committing = false;
        }
    }

    private void showError(String reason) {
        if (editorNode == null) {
            return;
        }
        editorNode.pseudoClassStateChanged(INVALID, true);
        hideError();
        errorTip = Tips.tooltip(reason);
        errorTip.getStyleClass().add("error-tip");
        // Escape should cancel the edit (and hide the reason with it), not just close the reason.
        errorTip.setHideOnEscape(false);
        if (editorNode instanceof javafx.scene.control.Control control) {
            control.setTooltip(errorTip);
        }
        Bounds bounds = editorNode.localToScreen(editorNode.getBoundsInLocal());
        if (bounds != null && editorNode.getScene() != null) {
            errorTip.show(editorNode, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void hideError() {
        if (errorTip != null) {
            errorTip.hide();
        }
    }

    /** The reason shown under the editor, if an input was refused. */
    public Optional<String> errorText() {
        return Optional.ofNullable(errorTip).map(Tooltip::getText);
    }

    @Override
    public void cancelEdit() {
        // Enter or Esc in the editor hands the keyboard back to the table, so the arrows move on from this cell.
        boolean editorHadFocus = editorNode != null && editorNode.isFocused();
        super.cancelEdit();
        if (editorHadFocus && getTableView() != null) {
            getTableView().requestFocus();
        }
        hideError();
        editorNode = null;
        errorTip = null;
        if (getItem() != null) {
            showValue(getItem());
        }
    }

    /** ISO dates (2026-12-09) in both directions; text that is no date reads as no value. */
    public static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
