package org.condordesk.ui.view;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.market.VolFactor;
import org.condordesk.model.Check;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.VolFactorModel;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.LegEdits;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Tips;

/**
 * The vol factor model (DESIGN §4): the SPX time weight w(τ), the VIX-futures betas b(τ) and the spot–vol
 * map that moves VIX along SPX on the risk graph.
 */
public final class ModelPanel extends HBox {

    private static final double[] PREVIEW_DAYS = {7, 14, 30, 60, 90};

    private final ScenarioViewModel vm;
    private final FormFields fields;
    private final Label weights = new Label();

    public ModelPanel(ScenarioViewModel vm) {
        this.vm = vm;
        this.fields = new FormFields(vm);
        getStyleClass().add("form-panel");
        setId("modelPanel");
        VBox betas = betaTable();
        HBox.setHgrow(betas, Priority.SOMETIMES);
        getChildren().addAll(timeWeightGrid(), betas, spotVolGrid());
    }

    private static VolFactorModel model(Scenario s) {
        return s.model();
    }

    private VBox timeWeightGrid() {
        GridPane grid = FormFields.grid();
        FormFields.row(grid, "Exponent α", "w(τ) = (30/τ)^α: SPX vol points per VIX point at τ days",
                fields.number("timeWeightExponent", "Time-weight exponent α (0.39 from the measured VIX3M beta 0.64)",
                        s -> model(s).timeWeightExponent(), 1, 4,
                        (s, v) -> s.withModel(model(s).withTimeWeight(v, model(s).timeWeightMin(), model(s).timeWeightMax()))));
        FormFields.row(grid, "w min", "Lower clamp of w(τ) (long tenors)",
                fields.number("timeWeightMin", "Lower clamp of w(τ)", s -> model(s).timeWeightMin(), 1, 2,
                        (s, v) -> s.withModel(model(s).withTimeWeight(model(s).timeWeightExponent(), v, model(s).timeWeightMax()))));
        FormFields.row(grid, "w max", "Upper clamp of w(τ) (short tenors, 0DTE)",
                fields.number("timeWeightMax", "Upper clamp of w(τ)", s -> model(s).timeWeightMax(), 1, 2,
                        (s, v) -> s.withModel(model(s).withTimeWeight(model(s).timeWeightExponent(), model(s).timeWeightMin(), v))));
        weights.setId("timeWeightPreview");
        weights.getStyleClass().add("muted-note");
        weights.setWrapText(true);
        weights.setMaxWidth(230);
        Tips.on(weights, "w(τ) at a few tenors with the parameters above: vol points per VIX point");
        fields.add(this::previewWeights);
        return new VBox(FormFields.heading("SPX time weight w(τ)"), grid, weights);
    }

    private void previewWeights() {
        VolFactor factor = new VolFactor(vm.scenario().model());
        StringBuilder text = new StringBuilder("w(τ): ");
        for (int i = 0; i < PREVIEW_DAYS.length; i++) {
            text.append(i == 0 ? "" : " · ").append((int) PREVIEW_DAYS[i]).append("d ")
                    .append(Fmt.number(factor.timeWeight(PREVIEW_DAYS[i]), 2));
        }
        weights.setText(text.toString());
    }

    private VBox betaTable() {
        ListTable<TenorBeta> table = new ListTable<>(vm, "futuresBetas", "Futures betas b(τ)", "model.futuresBetas",
                s -> s.model().futuresBetas(), (s, list) -> s.withModel(s.model().withFuturesBetas(list)),
                ModelPanel::nextBeta, "Add a tenor after the last one");
        table.column(new ListTable.ColumnSpec<>("days", "Days", "Days to the future's settlement", 60,
                b -> Check.format(b.days()), b -> Check.format(b.days()), EditCell.Editor.TEXT, List.of(),
                (b, text) -> new TenorBeta(LegEdits.number("days", text), b.beta())));
        table.column(new ListTable.ColumnSpec<>("beta", "Beta", "VIX-future points per spot-VIX point", 60,
                b -> Fmt.number(b.beta(), 3), b -> Check.format(b.beta()), EditCell.Editor.TEXT, List.of(),
                (b, text) -> new TenorBeta(b.days(), LegEdits.number("beta", text))));
        table.setPrefWidth(170);
        return table;
    }

    private static TenorBeta nextBeta(Scenario s) {
        List<TenorBeta> betas = s.model().futuresBetas();
        TenorBeta last = betas.get(betas.size() - 1);
        return new TenorBeta(last.days() + 90, last.beta());
    }

    private VBox spotVolGrid() {
        GridPane grid = FormFields.grid();
        FormFields.row(grid, "k down %", "ln VIX rises by k·r on an SPX fall of r %: typed in percent per 1 % (5.6)",
                fields.number("kDown", "k_down in percent per 1 % SPX fall (5.6 = 0.056)", s -> spotVol(s).kDown(), 100, 2,
                        (s, v) -> withSpotVol(s, spotVol(s).withKDown(v))));
        FormFields.row(grid, "k up %", "ln VIX falls by k·r on an SPX rise of r %: typed in percent per 1 % (3.8)",
                fields.number("kUp", "k_up in percent per 1 % SPX rise (3.8 = 0.038)", s -> spotVol(s).kUp(), 100, 2,
                        (s, v) -> withSpotVol(s, spotVol(s).withKUp(v))));
        FormFields.row(grid, "Scale %", "Scales the map 0–150 %: correlation slippage (100 = as measured)",
                fields.number("spotVolScale", "Map scale in percent (0–150)", s -> spotVol(s).scale(), 100, 0,
                        (s, v) -> withSpotVol(s, spotVol(s).withScale(v))));
        FormFields.row(grid, "VIX floor", "The map never takes VIX below this, points",
                fields.number("vixFloor", "VIX floor, points", s -> spotVol(s).vixFloor(), 1, 1,
                        (s, v) -> withSpotVol(s, spotVol(s).withVixFloor(v))));
        CheckBox sticky = new CheckBox("Sticky vol (map off)");
        sticky.setId("stickyVol");
        Tips.on(sticky, "Switch the spot–vol map off: VIX stays put along the risk graph");
        sticky.setOnAction(e -> vm.edit("switch sticky vol", s -> withSpotVol(s, spotVol(s).withStickyVol(sticky.isSelected()))));
        fields.add(() -> sticky.setSelected(spotVol(vm.scenario()).stickyVol()));
        grid.add(sticky, 0, grid.getRowCount(), 2, 1);
        return new VBox(FormFields.heading("Spot–vol map"), grid);
    }

    private static SpotVolMap spotVol(Scenario s) {
        return s.model().spotVol();
    }

    private static Scenario withSpotVol(Scenario s, SpotVolMap map) {
        return s.withModel(s.model().withSpotVol(map));
    }
}
