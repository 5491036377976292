package org.condordesk.ui.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.condordesk.chain.ChainBuilder;
import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Dialogs;

/**
 * "Build layer from chain": an SPX iron condor (by short delta and wing width, or by strikes) or a VIX call
 * spread or diagonal, legs filled with the chain's bid/ask, mid or executable entry prices and quote vols. A bad
 * input is shown in the dialog, which stays open.
 */
final class BuildLayerDialog extends Dialog<Layer> {

    /** What to build. */
    enum Kind {
        CONDOR_BY_DELTA("Iron condor by short delta"), CONDOR_BY_STRIKES("Iron condor by strikes"),
        VIX_CALL_SPREAD("VIX call spread"), VIX_CALL_DIAGONAL("VIX call diagonal (short near, long far)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean vix() {
            return this == VIX_CALL_SPREAD || this == VIX_CALL_DIAGONAL;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ChainViewModel model;
    private final ChoiceBox<Kind> kind = new ChoiceBox<>();
    private final ChoiceBox<ExpiryAnalysis> expiry = expiryChoice("buildExpiry");
    private final ChoiceBox<ExpiryAnalysis> farExpiry = expiryChoice("buildFarExpiry");
    private final ChoiceBox<Fill> fill = new ChoiceBox<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final GridPane form = new GridPane();
    private final Label error = new Label();
    /** The same preview as Add layer: lots, credit, max gain and loss, VIX vega (issue 27 §3). */
    private final Label preview = new Label();
    private final org.condordesk.ui.work.LatestOnly<Inputs, String> previews;

    /** The form as typed, read on the FX thread and built into a layer on the preview thread. */
    private record Inputs(org.condordesk.model.Scenario scenario, Kind kind, ExpiryAnalysis expiry, ExpiryAnalysis farExpiry, Fill fill, Map<String, String> texts) {
    }

    BuildLayerDialog(Window owner, ChainViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Build layer from chain");
        setHeaderText("A layer priced from the chain's quotes");
        List<ExpiryAnalysis> expiries = model.expiries();
        boolean vix = !expiries.isEmpty() && expiries.get(0).root().underlying().equals("VIX");
        kind.setId("buildKind");
        kind.getItems().setAll(vix ? List.of(Kind.VIX_CALL_SPREAD, Kind.VIX_CALL_DIAGONAL)
                : List.of(Kind.CONDOR_BY_DELTA, Kind.CONDOR_BY_STRIKES));
        kind.setValue(kind.getItems().get(0));
        kind.setOnAction(e -> buildForm());
        expiry.getItems().setAll(expiries);
        farExpiry.getItems().setAll(expiries);
        expiry.setValue(model.selectedProperty().get() != null ? model.selectedProperty().get() : expiries.get(0));
        farExpiry.setValue(expiries.get(expiries.size() - 1));
        fill.getItems().setAll(Fill.values());
        fill.setValue(Fill.MID);
        fill.setId("buildFill");
        // The trader's words (issue 27 §4), not the enum's MID / EXECUTABLE.
        fill.setConverter(new StringConverter<>() {
            @Override
            public String toString(Fill value) {
                return value == null ? "" : value == Fill.MID ? "Mid" : "Executable (buy at ask, sell at bid)";
            }

            @Override
            public Fill fromString(String text) {
                return text.startsWith("Mid") ? Fill.MID : Fill.EXECUTABLE;
            }
        });
        error.setId("buildError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(420);
        form.getStyleClass().add("form-grid");
        form.setHgap(10);
        form.setVgap(6);
        preview.setId("buildPreview");
        preview.getStyleClass().add("template-preview");
        preview.setWrapText(true);
        preview.setMaxWidth(420);
        previews = new org.condordesk.ui.work.LatestOnly<>("condordesk-chain-layer-preview", this::previewText,
                javafx.application.Platform::runLater, outcome -> preview.setText(outcome.failed() ? "" : outcome.output()));
        setOnHidden(e -> previews.close());
        for (ChoiceBox<?> box : List.of(kind, expiry, farExpiry, fill)) {
            box.valueProperty().addListener(o -> inputsChanged());
        }
        VBox content = new VBox(10, kind, form, preview, error);
        content.getStyleClass().add("dialog-form");
        getDialogPane().setContent(content);
        Dialogs.okWhenValid(this, "Add layer", this::build);
        buildForm();
        org.condordesk.ui.widget.DialogFit.install(this, "buildLayer", preview);
    }

    private static ChoiceBox<ExpiryAnalysis> expiryChoice(String id) {
        ChoiceBox<ExpiryAnalysis> box = new ChoiceBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExpiryAnalysis e) {
                return e == null ? "" : e.quotes().label() + " (" + Fmt.number(e.quotes().days(), 1) + " days)";
            }

            @Override
            public ExpiryAnalysis fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private void buildForm() {
        form.getChildren().clear();
        fields.clear();
        error.setText("");
        Kind chosen = kind.getValue();
        int row = 0;
        form.addRow(row++, new Label(chosen == Kind.VIX_CALL_DIAGONAL ? "Near expiry" : "Expiry"), expiry);
        if (chosen == Kind.VIX_CALL_DIAGONAL) {
            form.addRow(row++, new Label("Far expiry"), farExpiry);
        }
        row = field(row, "name", "Layer name", chosen.vix() ? "VIX hedge from chain" : "Iron condor from chain");
        row = field(row, "quantity", "Quantity (lots)", chosen.vix() ? "20" : "10");
        switch (chosen) {
            case CONDOR_BY_DELTA -> {
                row = field(row, "delta", "Short delta", "0.16");
                row = field(row, "wing", "Wing width (points)", "50");
            }
            case CONDOR_BY_STRIKES -> {
                row = field(row, "longPut", "Long put", "");
                row = field(row, "shortPut", "Short put", "");
                row = field(row, "shortCall", "Short call", "");
                row = field(row, "longCall", "Long call", "");
                prefillStrikes();
            }
            case VIX_CALL_SPREAD -> {
                row = field(row, "long", "Long call strike", "20");
                row = field(row, "short", "Short call strike", "30");
            }
            case VIX_CALL_DIAGONAL -> {
                row = field(row, "near", "Short near call strike", "22");
                row = field(row, "far", "Long far call strike", "20");
            }
        }
        form.addRow(row, new Label("Entry price"), fill);
        inputsChanged();
    }

    private void inputsChanged() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((id, field) -> texts.put(id, field.getText()));
        previews.submit(new Inputs(model.scenario().scenario(), kind.getValue(), expiry.getValue(), farExpiry.getValue(), fill.getValue(), texts));
    }

    /** The preview of the inputs, on the preview thread: "" while they do not build a layer. */
    private String previewText(Inputs in) {
        try {
            Layer layer = layer(in);
            return org.condordesk.ui.edit.LayerPreview.of(in.scenario().plusLayer(layer), layer);
        } catch (ValidationException e) {
            return "";
        }
    }

    private int field(int row, String id, String label, String value) {
        TextField text = new TextField(value);
        text.setId("build-" + id);
        text.textProperty().addListener(o -> inputsChanged());
        text.setPrefColumnCount(14);
        fields.put(id, text);
        form.addRow(row, new Label(label), text);
        return row + 1;
    }

    /** The strikes a 16-delta, 50-point condor would take on the chosen expiry, as a starting point. */
    private void prefillStrikes() {
        try {
            Layer condor = ChainBuilder.ironCondorByDelta(expiry.getValue(), "x", 0.16, 50, 1, Fill.MID);
            String[] ids = {"longPut", "shortPut", "shortCall", "longCall"};
            for (int i = 0; i < ids.length; i++) {
                fields.get(ids[i]).setText(Fmt.number(condor.legs().get(i).instrument().optionStrike().getAsDouble(), 0));
            }
        } catch (ValidationException e) {
            error.setText(e.getMessage());
        }
    }

    private static double number(Inputs in, String id) {
        String text = in.texts().get(id).strip();
        try {
            return Fmt.parse(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(id, "'" + text + "' is not a number");
        }
    }

    /** The layer from the inputs, or null with the reason shown. */
    private Layer build() {
        return Dialogs.readOrShow(error, () -> {
            Layer layer = layer();
            model.scenario().scenario().plusLayer(layer);          // expired legs and the like, before closing
            return layer;
        });
    }

    private Layer layer() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((id, field) -> texts.put(id, field.getText()));
        return layer(new Inputs(model.scenario().scenario(), kind.getValue(), expiry.getValue(), farExpiry.getValue(), fill.getValue(), texts));
    }

    private Layer layer(Inputs in) {
        String name = in.texts().get("name").strip();
        int quantity = (int) Math.round(number(in, "quantity"));
        ExpiryAnalysis e = in.expiry();
        Fill fill = in.fill();
        return switch (in.kind()) {
            case CONDOR_BY_DELTA -> ChainBuilder.ironCondorByDelta(e, name, number(in, "delta"), number(in, "wing"), quantity,
                    fill);
            case CONDOR_BY_STRIKES -> ChainBuilder.ironCondorByStrikes(e, name, number(in, "longPut"), number(in, "shortPut"),
                    number(in, "shortCall"), number(in, "longCall"), quantity, fill);
            case VIX_CALL_SPREAD -> ChainBuilder.vixCallSpread(e, model.futurePrice(e), name, number(in, "long"),
                    number(in, "short"), quantity, fill);
            case VIX_CALL_DIAGONAL -> ChainBuilder.vixCallDiagonal(e, model.futurePrice(e), number(in, "near"),
                    in.farExpiry(), model.futurePrice(in.farExpiry()), number(in, "far"), name, quantity,
                    fill);
        };
    }
}
