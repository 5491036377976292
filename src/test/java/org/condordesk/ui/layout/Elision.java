package org.condordesk.ui.layout;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Orientation;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Finds text the window does not show whole. How: a {@link Labeled}'s skin draws its text through one child
 * {@code Text} node (JavaFX's {@code LabeledText}, style class {@code text}) whose text is the string actually
 * rendered: the skin replaces the tail (or the middle) with the ellipsis when the label is narrower than its
 * text. So a Labeled is elided exactly when that node's text differs from {@link Labeled#getText()}. This
 * covers buttons, tabs, check boxes, table cells and TableColumn headers (a header is a Label inside the
 * table's skin). Text a Labeled shows whole can still be cut off by a clipping ancestor (a split-pane item
 * narrower than its content); those count too, unless the ancestor scrolls (a ScrollPane or a table, whose
 * horizontal scroll bar brings the text into view).
 */
public final class Elision {

    private Elision() {
    }

    /** One line per visible Labeled under {@code root} whose text is not shown whole. */
    public static List<String> find(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        Text rendered = renderedText(labeled);
        if (rendered == null) {
            return;
        }
        if (!text.equals(rendered.getText()) && !freeTextWholeInTooltip(labeled)) {
            found.add(describe(labeled) + " shows '" + rendered.getText() + "' of '" + text + "'");
            return;
        }
        Node clipper = clippingAncestor(labeled);
        if (clipper != null) {
            Bounds mine = rendered.localToScene(rendered.getLayoutBounds());
            Bounds clip = clipper.localToScene(clipper.getLayoutBounds());
            if (mine.getMaxX() > clip.getMaxX() + 1 || mine.getMinX() < clip.getMinX() - 1) {
                found.add(describe(labeled) + " '" + text + "' is cut off by " + clipper.getClass().getSimpleName()
                        + " (text " + round(mine.getMinX()) + "–" + round(mine.getMaxX()) + ", visible "
                        + round(clip.getMinX()) + "–" + round(clip.getMaxX()) + ")");
            }
        }
    }

    /**
     * The elisions allowed: a one-line hint, and a cell of a column marked {@code free-text} (the trader's own names) whose
     * tooltip shows the whole text.
     */
    private static boolean freeTextWholeInTooltip(Labeled labeled) {
        javafx.scene.control.Control givesWay = givingWay(labeled);
        if (givesWay != null) {
            // A name (the label itself or the combo box it is the button of) whose tooltip has it whole.
            return givesWay.getTooltip() != null && givesWay.getTooltip().getText().contains(labeled.getText().replace("…", ""));
        }
        if (labeled.getStyleClass().contains(org.condordesk.ui.widget.OneLine.STYLE_CLASS)) {
            // A one-line hint (prose, never a figure) keeps its height by giving way; the tooltip has it whole.
            return labeled.getTooltip() != null && labeled.getText().equals(labeled.getTooltip().getText());
        }
        return labeled instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && cell.getTableColumn().getStyleClass().contains("free-text")
                && cell.getTooltip() != null && labeled.getText().equals(cell.getTooltip().getText());
    }

    /** The control marked as a name that may give way: the labeled itself or its nearest control ancestor. */
    private static javafx.scene.control.Control givingWay(Labeled labeled) {
        Node node = labeled;
        for (int depth = 0; node != null && depth < 4; depth++, node = node.getParent()) {
            if (node instanceof javafx.scene.control.Control control
                    && control.getStyleClass().contains(org.condordesk.ui.format.Names.GIVES_WAY)) {
                return control;
            }
        }
        return null;
    }

    /** The skin's text node: a direct child Text with style class "text". */
    private static Text renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    /** The nearest ancestor that clips, or null when the clip scrolls or there is none. */
    private static Node clippingAncestor(Node node) {
        TableView<?> table = tableOf(node);
        if (table != null && scrollsSideways(table)) {
            return null;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                // A pane that scrolls sideways brings the text into view; one that never does clips it.
                return scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER ? scroll : null;
            }
            if (p instanceof TableView) {
                return p;
            }
            if (p.getClip() != null) {
                return p;
            }
        }
        return null;
    }

    private static TableView<?> tableOf(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableView<?> table) {
                return table;
            }
        }
        return null;
    }

    /** Whether the table shows its horizontal scroll bar, which brings any column into view. */
    private static boolean scrollsSideways(TableView<?> table) {
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible() && scrollBar.getVisibleAmount() < scrollBar.getMax() - scrollBar.getMin()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Labeled labeled) {
        StringBuilder path = new StringBuilder(labeled.getClass().getSimpleName());
        if (labeled.getId() != null) {
            path.append('#').append(labeled.getId());
        }
        for (Parent p = labeled.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }

    private static long round(double value) {
        return Math.round(value);
    }
}
