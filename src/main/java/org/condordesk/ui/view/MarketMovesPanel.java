package org.condordesk.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.edit.MarketMoves;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.Tips;

/**
 * Market moves in the Market tab: how an edit of spot VIX travels (through the vol factor model, the default, or
 * the index alone), a shift of the VX futures curve (parallel, or tilted from front to back) and an SPX implied
 * vol bump (every leg or one expiry). The logic is {@link MarketMoves}; this only reads the fields.
 */
final class MarketMovesPanel extends VBox {

    /** The width a filling control asks of the column: less than the smile form above, so the column keeps its width. */
    private static final double ASKED_WIDTH = 60;

    private final ScenarioViewModel vm;
    private final ChoiceBox<MarketMoves.VixEdit> vixEdit = new ChoiceBox<>();
    private final TextField front = number("curveShiftFront", "+1.0");
    private final TextField back = number("curveShiftBack", "+1.0");
    private final TextField volPoints = number("ivBumpPoints", "+1.0");
    private final ChoiceBox<Optional<LocalDate>> expiry = new ChoiceBox<>();

    MarketMovesPanel(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("market-moves");
        setId("marketMoves");
        vixEdit.setId("vixEditMode");
        org.condordesk.ui.widget.ArrowKeys.step(vixEdit);
        org.condordesk.ui.widget.ArrowKeys.step(expiry);
        vixEdit.getItems().setAll(MarketMoves.VixEdit.values());
        vixEdit.setValue(MarketMoves.VixEdit.THROUGH_MODEL);
        vixEdit.setConverter(converter(mode -> mode == MarketMoves.VixEdit.THROUGH_MODEL
                ? "moves vols and curve" : "moves the index only"));
        Tips.on(vixEdit, VIX_EDIT_TIP);
        Button shift = Buttons.compact("applyCurveShift", "Shift", "Add the front shift to the first VX future and the back shift to "
                + "the last, linearly in days between them (equal: a parallel shift)", this::shiftCurve);
        expiry.setId("ivBumpExpiry");
        expiry.setConverter(converter(date -> date.map(Fmt::shortDate).orElse("all expiries")));
        Tips.on(expiry, "The SPX expiry whose legs' vols the bump moves, or all of them");
        Button bump = Buttons.compact("applyIvBump", "Bump", "Add the vol points to the implied vol of the SPX legs of that expiry "
                + "(or every SPX leg)", this::bumpVols);
        Tips.on(front, "Points added to the first VX future");
        Tips.on(back, "Points added to the last VX future");
        Tips.on(volPoints, "Vol points added (1.0 = one vol point; -1.5 lowers by one and a half)");
        // Each move on two rows: its name (and its button) over its fields, which share the column's whole width.
        // The column is as wide as the smile form above (the fields ask for no more), so nothing else on the tab moves
        // while the fields keep room for a number such as -12.50 (issue 27 §3).
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(wide, new ColumnConstraints());
        grid.add(key("A VIX edit", VIX_EDIT_TIP), 0, 0, 2, 1);
        grid.add(filling(vixEdit), 0, 1, 2, 1);
        grid.addRow(2, key("VX curve", "Shift the VIX futures curve: points at the front and at the back"), shift);
        grid.add(fields(front, back), 0, 3, 2, 1);
        grid.addRow(4, key("SPX IV", "Bump SPX implied vols by vol points (1.0 = one vol point), all legs or one expiry"), bump);
        HBox bumpRow = new HBox(4, volPoints, filling(expiry));
        HBox.setHgrow(expiry, Priority.ALWAYS);
        grid.add(bumpRow, 0, 5, 2, 1);
        getChildren().addAll(FormFields.heading("Moves"), grid);
        vm.scenarioProperty().addListener((obs, old, s) -> refreshExpiries());
        refreshExpiries();
    }

    private static final String VIX_EDIT_TIP = "Typing a new spot VIX: through the vol factor model, SPX leg vols move by w(τ), "
            + "VX futures and VIX3M by b(τ) and held ETFs with their futures, as the VIX-shift slider does; "
            + "or only the index changes and every other input stays as typed";

    private static Label key(String text, String tip) {
        Label key = new Label(text);
        key.getStyleClass().add("form-key");
        Tips.on(key, tip);
        return key;
    }

    /** A control that fills the width it is given without asking for more than {@link #ASKED_WIDTH}. */
    private static <T extends Region> T filling(T control) {
        control.setPrefWidth(ASKED_WIDTH);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    /** A row of number fields that share the column's width; each keeps its CSS minimum (room for its number). */
    private static HBox fields(Region... nodes) {
        HBox row = new HBox(4, nodes);
        for (Region node : nodes) {
            HBox.setHgrow(node, Priority.ALWAYS);
            node.setMaxWidth(Double.MAX_VALUE);
        }
        return row;
    }

    /** How the VIX field's edit travels. */
    MarketMoves.VixEdit vixEditMode() {
        return vixEdit.getValue();
    }

    private void refreshExpiries() {
        List<Optional<LocalDate>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        MarketMoves.spxExpiries(vm.scenario()).forEach(date -> choices.add(Optional.of(date)));
        if (!choices.equals(expiry.getItems())) {
            Optional<LocalDate> kept = expiry.getValue();
            expiry.getItems().setAll(choices);
            expiry.setValue(choices.contains(kept) ? kept : Optional.empty());
        }
    }

    private void shiftCurve() {
        try {
            double frontPoints = LegEdits.number("frontShift", front.getText());
            double backPoints = LegEdits.number("backShift", back.getText());
            vm.edit("shift VX curve", s -> MarketMoves.shiftFutures(s, frontPoints, backPoints)).ifPresentOrElse(e -> { },
                    () -> vm.inform("VX curve shifted " + Fmt.signed(frontPoints, 2) + " at the front, "
                            + Fmt.signed(backPoints, 2) + " at the back"));
        } catch (ValidationException e) {
            vm.refuseInput(e);
        }
    }

    private void bumpVols() {
        try {
            double points = LegEdits.number("volPoints", volPoints.getText());
            Optional<LocalDate> which = expiry.getValue() == null ? Optional.empty() : expiry.getValue();
            vm.edit("bump SPX IV", s -> MarketMoves.bumpSpxVols(s, points, which)).ifPresentOrElse(e -> { },
                    () -> vm.inform("SPX implied vols " + Fmt.signed(points, 1) + " vol points on "
                            + which.map(Fmt::date).orElse("every expiry")));
        } catch (ValidationException e) {
            vm.refuseInput(e);
        }
    }

    private static TextField number(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.getStyleClass().addAll("value-field", "move-field");
        field.setPrefColumnCount(4);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
