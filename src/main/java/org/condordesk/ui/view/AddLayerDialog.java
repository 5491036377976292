package org.condordesk.ui.view;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.condordesk.market.VixCalendar;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.vm.LayerTemplate;
import org.condordesk.ui.vm.LayerTemplate.Field;
import org.condordesk.ui.vm.LayerTemplates;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Tips;

/**
 * "Add layer": pick a template, adjust the inputs (pre-filled from the market: a 16-delta condor two weeks
 * out, VIX strikes over the futures), and get a layer priced at model. A bad input is shown in the dialog,
 * which stays open.
 */
public final class AddLayerDialog extends Dialog<Layer> {

    private final Scenario scenario;
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
        template.getItems().setAll(LayerTemplate.values());
        template.setValue(LayerTemplate.VIX_CALL_SPREAD);
        template.setOnAction(e -> buildForm());
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
        VBox content = new VBox(10, template, form, error, note);
        content.getStyleClass().add("dialog-form");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add layer");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (build() == null) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? build() : null);
        buildForm();
    }

    private void buildForm() {
        form.getChildren().clear();
        inputs.clear();
        error.setText("");
        LayerTemplate chosen = template.getValue();
        Map<Field, String> defaults = LayerTemplates.defaults(scenario, chosen);
        for (Field field : chosen.fields()) {
            Node control = control(field, defaults.getOrDefault(field, ""));
            control.setId("template-" + field.name());
            FormFields.row(form, field.label(), field.tip(), control);
        }
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
                return Tips.on(picker, field.tip());
            }
            case SETTLEMENT -> {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.getItems().setAll("PM", "AM");
                box.setValue(value);
                inputs.put(field, box::getValue);
                return Tips.on(box, field.tip());
            }
            case SYMBOL -> {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.getItems().setAll(scenario.market().etfQuotes().stream().map(EtfQuote::symbol).toList());
                box.setValue(value);
                inputs.put(field, () -> box.getEditor().getText());
                return Tips.on(box, field.tip());
            }
            default -> {
                TextField text = new TextField(value);
                text.setPrefColumnCount(field == Field.NAME ? 22 : 8);
                inputs.put(field, text::getText);
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
        return Tips.on(box, field.tip() + "; weeklies settle on the Wednesdays between the monthly ones");
    }

    /** Half a year of weekly VIX settlements in the expiry list. */
    static final int VIX_WEEKS_LISTED = 26;

    /** The layer from the inputs, or null with the reason shown. */
    private Layer build() {
        Map<Field, String> values = new EnumMap<>(Field.class);
        inputs.forEach((field, input) -> values.put(field, input.get() == null ? "" : input.get()));
        try {
            Layer layer = LayerTemplates.build(scenario, template.getValue(), values);
            // Validate against the scenario too (expired legs, a missing ETF price) before closing.
            scenario.plusLayer(layer);
            error.setText("");
            return layer;
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            error.setText("Cannot build this layer: " + e.getMessage());
            return null;
        }
    }
}
