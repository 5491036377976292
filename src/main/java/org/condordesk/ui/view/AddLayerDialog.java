package org.condordesk.ui.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.apache.commons.math3.exception.NoBracketingException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.PricingException;
import org.condordesk.ui.edit.LayerPreview;
import org.condordesk.ui.edit.LayerTemplate.Field;
import org.condordesk.ui.edit.LayerTemplate;
import org.condordesk.ui.edit.LayerTemplates;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.work.LatestOnly;

/**
 * "Add layer": pick a template (the condor when the book has none), adjust the inputs (pre-filled from the
 * market: a 16-delta condor 14 days out, VIX strikes over the futures, the VX future's price beside each VIX
 * strike), watch the preview line say what it builds (strikes, credit, max loss, VIX vega: computed in the
 * background), and get a layer priced at model. A bad input is shown in the dialog, which stays open.
 */
public final class AddLayerDialog extends Dialog<LayerTemplates.Built> {

    private final Scenario scenario;
    private final Label preview = new Label();
    private final Map<Field, Label> futureLabels = new EnumMap<>(Field.class);
    private final LatestOnly<Map<Field, String>, String> previews;
    private final ChoiceBox<LayerTemplate> template = new ChoiceBox<>();
    private final GridPane form = FormFields.grid();
    private final Label error = new Label();
    private final Map<Field, Supplier<String>> inputs = new EnumMap<>(Field.class);

    public AddLayerDialog(Window owner, Scenario scenario) {
        this.scenario = scenario;
        initOwner(owner);
        setTitle("Add layer");
        setHeaderText("Add a layer from a template");
        template.setId("templateChoice");
        org.condordesk.ui.widget.ArrowKeys.step(template);
        template.getItems().setAll(LayerTemplate.values());
        template.setValue(LayerTemplates.defaultTemplate(scenario));
        template.setOnAction(e -> buildForm());
        preview.setId("templatePreview");
        preview.getStyleClass().add("template-preview");
        preview.setWrapText(true);
        preview.setMaxWidth(420);
        previews = new LatestOnly<>("condordesk-layer-preview", this::previewText, javafx.application.Platform::runLater,
                outcome -> preview.setText(outcome.failed() ? "No preview: " + outcome.error() : outcome.output()));
        setOnHidden(e -> previews.close());
        error.setId("templateError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(360);
        Label note = new Label("Prices are model prices on the scenario's market; edit them in the legs table afterwards.");
        note.getStyleClass().add("muted-note");
        note.setWrapText(true);
        note.setMaxWidth(360);
        // Names and dates need more room than the market tab's number fields.
        form.getColumnConstraints().get(1).setMinWidth(220);
        form.getColumnConstraints().get(1).setPrefWidth(240);
        form.getColumnConstraints().get(1).setMaxWidth(Double.MAX_VALUE);
        template.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, template, form, preview, error, note);
        content.getStyleClass().add("dialog-form");
        getDialogPane().setContent(content);
        Dialogs.okWhenValid(this, "Add layer", this::build);
        buildForm();
        org.condordesk.ui.widget.DialogFit.install(this, "addLayer", preview);
        // The first thing a trader picks is the template (issue 27 §4): focus starts there, not on a field.
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                e -> javafx.application.Platform.runLater(template::requestFocus));
    }

    /** The preview of the current inputs, on the preview thread: "" while they do not build a layer. */
    private String previewText(Map<Field, String> values) {
        try {
            LayerTemplates.Built built = LayerTemplates.buildWithQuotes(scenario, template.getValue(), values);
            return LayerPreview.of(built.applyTo(scenario), built.layer());
        } catch (ValidationException e) {
            return "";
        }
    }

    /** Asks for a new preview and refreshes the VX future beside each VIX strike (an interpolation: cheap). */
    private void inputsChanged() {
        previews.submit(values());
        for (Map.Entry<Field, Label> entry : futureLabels.entrySet()) {
            Field expiryField = entry.getKey() == Field.FAR_STRIKE ? Field.FAR_EXPIRY : Field.EXPIRY;
            Supplier<String> expiry = inputs.get(expiryField);
            try {
                LocalDate date = LocalDate.parse(expiry.get().strip());
                entry.getValue().setText("VX " + org.condordesk.ui.format.Fmt.shortDate(date) + " "
                        + org.condordesk.ui.format.Fmt.number(LayerTemplates.futureAt(scenario, date), 2));
            } catch (DateTimeParseException | ValidationException e) {
                // No date typed yet, or one outside the VX curve: no future to show beside the strike.
                entry.getValue().setText("");
            }
        }
    }

    private Map<Field, String> values() {
        Map<Field, String> values = new EnumMap<>(Field.class);
        inputs.forEach((field, input) -> values.put(field, input.get() == null ? "" : input.get()));
        return values;
    }

    private void buildForm() {
        form.getChildren().clear();
        inputs.clear();
        futureLabels.clear();
        error.setText("");
        preview.setText("");
        LayerTemplate chosen = template.getValue();
        Map<Field, String> defaults = LayerTemplates.defaults(scenario, chosen);
        boolean vixOptions = chosen.fields().contains(Field.VOL_PCT);
        for (Field field : chosen.fields()) {
            Node control = control(field, defaults.getOrDefault(field, ""));
            control.setId("template-" + field.name());
            boolean vixStrike = vixOptions && (field == Field.STRIKE || field == Field.SHORT_STRIKE || field == Field.FAR_STRIKE);
            if (vixStrike) {
                Label future = new Label();
                future.setId("template-future-" + field.name());
                future.getStyleClass().add("muted-note");
                Tips.on(future, "The VIX future of that settlement, which the option is priced off");
                futureLabels.put(field, future);
                control = new javafx.scene.layout.HBox(6, control, future);
                ((javafx.scene.layout.HBox) control).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }
            FormFields.row(form, field.label(), field.tip(), control);
        }
        inputsChanged();
    }

    private Node control(Field field, String value) {
        switch (field.type()) {
            case DATE -> {
                if (template.getValue().vixExpiry()) {
                    return vixExpiry(field, value);
                }
                DatePicker picker = new DatePicker(LocalDate.parse(value));
                picker.setConverter(EditCell.isoDates());
                picker.setEditable(true);
                inputs.put(field, () -> picker.getEditor().getText());
                picker.getEditor().textProperty().addListener(o -> inputsChanged());
                picker.valueProperty().addListener(o -> inputsChanged());
                return Tips.on(picker, field.tip());
            }
            case SETTLEMENT -> {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.getItems().setAll("PM", "AM");
                box.setValue(value);
                inputs.put(field, box::getValue);
                box.valueProperty().addListener(o -> inputsChanged());
                return Tips.on(box, field.tip());
            }
            case SYMBOL -> {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.getItems().setAll(scenario.market().etfQuotes().stream().map(EtfQuote::symbol).toList());
                box.setValue(value);
                inputs.put(field, () -> box.getEditor().getText());
                box.getEditor().textProperty().addListener(o -> inputsChanged());
                return Tips.on(box, field.tip());
            }
            default -> {
                TextField text = new TextField(value);
                text.setPrefColumnCount(field == Field.NAME ? 22 : 8);
                inputs.put(field, text::getText);
                text.textProperty().addListener(o -> inputsChanged());
                return Tips.on(text, field.tip());
            }
        }
    }

    /**
     * A VIX expiry: the monthly and weekly settlements of the next half year, holiday-adjusted, each marked; the
     * field stays editable for any date (priced off the interpolated futures curve).
     */
    private Node vixExpiry(Field field, String value) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        LocalDate from = scenario.valuationTime().toLocalDate().plusDays(1);
        for (LocalDate date : VixCalendar.weeklies(from, VIX_WEEKS_LISTED)) {
            box.getItems().add(date + (VixCalendar.isMonthly(date) ? "  monthly" : "  weekly"));
        }
        box.setValue(value + (VixCalendar.isMonthly(LocalDate.parse(value)) ? "  monthly" : "  weekly"));
        inputs.put(field, () -> {
            String text = box.getEditor().getText().strip();
            return text.length() >= 10 ? text.substring(0, 10) : text;
        });
        box.getEditor().textProperty().addListener(o -> inputsChanged());
        box.valueProperty().addListener(o -> inputsChanged());
        return Tips.on(box, field.tip() + "; weeklies settle on the Wednesdays between the monthly ones");
    }

    /** Half a year of weekly VIX settlements in the expiry list. */
    static final int VIX_WEEKS_LISTED = 26;

    /** The layer from the inputs, or null with the reason shown. */
    private LayerTemplates.Built build() {
        try {
            LayerTemplates.Built built = LayerTemplates.buildWithQuotes(scenario, template.getValue(), values());
            // Validate against the scenario too (expired legs) before closing.
            built.applyTo(scenario);
            error.setText("");
            return built;
        } catch (ValidationException e) {
            error.setText(org.condordesk.ui.format.PlainErrors.of(e));
            return null;
        } catch (PricingException | NoBracketingException | TooManyEvaluationsException e) {
            // A market the pricer cannot price at (an expiry with no time left), or no strike at the asked delta.
            error.setText("Cannot build this layer: " + e.getMessage());
            return null;
        }
    }
}
