package org.condordesk.ui.widget;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A row whose optional nodes (a hint, a secondary button) hide when the row has no room for everything at its
 * preferred size, so what stays is shown whole instead of everything shrinking to "…".
 */
public final class GivesWay {

    private GivesWay() {
    }

    /** Hides {@code optional} (last first) while {@code row}'s children do not fit its width at their preferred sizes. */
    public static void install(HBox row, Node... optional) {
        List<Node> order = List.of(optional);
        row.widthProperty().addListener((obs, old, width) -> fit(row, order, width.doubleValue()));
    }

    private static void fit(HBox row, List<Node> optional, double width) {
        for (Node node : optional) {
            show(node, true);
        }
        for (int i = optional.size() - 1; i >= 0 && needed(row) > width; i--) {
            show(optional.get(i), false);
        }
    }

    /** The row's width with every managed child at its preferred width. */
    private static double needed(HBox row) {
        double sum = row.snappedLeftInset() + row.snappedRightInset();
        int shown = 0;
        for (Node child : row.getChildren()) {
            if (child.isManaged()) {
                double pref = child.prefWidth(-1);
                sum += child instanceof Region r && r.getMinWidth() == 0 && pref == 0 ? 0 : pref;
                shown++;
            }
        }
        return sum + Math.max(0, shown - 1) * row.getSpacing();
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
