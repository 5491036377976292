package org.condordesk.ui.view;

import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.market.VolFactor;
import org.condordesk.model.Check;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.format.Fmt;
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
        FormFields.row(grid, "Response", "How each SPX option's vol answers +1 VIX point (docs/model.md §4): "
                + "proportional = s·w(τ)·σ/VIX (a level shift of log vol), parallel = s·w(τ) vol points at every strike",
                responseChoice());
        FormFields.row(grid, "Time", "Clock option variance runs on: calendar days, or trading days with weekends "
                + "and exchange holidays carrying a fraction of a trading day's variance", timeBasisChoice());
        FormFields.row(grid, "Closed-day var.", "Share of a trading day's variance a weekend day or exchange holiday "
                + "carries under trading time (0.1 by default)",
                fields.number("nonTradingDayVariance", "Weekend/holiday variance as a share of a trading day's (0–1)",
                        s -> model(s).nonTradingDayVariance(), 1, 2,
                        (s, v) -> s.withModel(model(s).withTimeBasis(model(s).timeBasis(), v))));
        fields.add(this::previewWeights);
        return new VBox(FormFields.heading("SPX time weight w(τ)"), grid, weights);
    }

    private ComboBox<VolResponse> responseChoice() {
        ComboBox<VolResponse> choice = keyedChoice("volResponse", VolResponse.values(), VolResponse::key);
        choice.setOnAction(e -> {
            VolResponse picked = choice.getValue();
            if (picked != null && picked != model(vm.scenario()).volResponse()) {
                vm.edit("vol response", s -> s.withModel(model(s).withVolResponse(picked)));
            }
        });
        fields.add(() -> choice.setValue(model(vm.scenario()).volResponse()));
        return choice;
    }

    private ComboBox<TimeBasis> timeBasisChoice() {
        ComboBox<TimeBasis> choice = keyedChoice("timeBasis", TimeBasis.values(), TimeBasis::key);
        choice.setOnAction(e -> {
            TimeBasis picked = choice.getValue();
            if (picked != null && picked != model(vm.scenario()).timeBasis()) {
                vm.edit("time basis", s -> s.withModel(model(s).withTimeBasis(picked, model(s).nonTradingDayVariance())));
            }
        });
        fields.add(() -> choice.setValue(model(vm.scenario()).timeBasis()));
        return choice;
    }

    private static <E> ComboBox<E> keyedChoice(String id, E[] values, Function<E, String> key) {
        ComboBox<E> choice = new ComboBox<>(FXCollections.observableArrayList(values));
        choice.setId(id);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : key.apply(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return choice;
    }

    private void previewWeights() {
        VolFactorModel model = vm.scenario().model();
        StringBuilder text = new StringBuilder("w(τ): ");
        for (int i = 0; i < PREVIEW_DAYS.length; i++) {
            text.append(i == 0 ? "" : " · ").append((int) PREVIEW_DAYS[i]).append("d ")
                    .append(Fmt.number(VolFactor.timeWeight(model, PREVIEW_DAYS[i]), 2));
        }
        weights.setText(text.toString());
    }

    /** The betas shown: the user's table, or the formula's values at nine tenors (editing them makes a table). */
    private static List<TenorBeta> shownBetas(Scenario s) {
        VolFactorModel model = s.model();
        return model.derivesFuturesBetas()
                ? VolFactorModel.derivedFuturesBetas(model.timeWeightExponent(), VolFactorModel.LEGACY_BETA_TENORS)
                : model.futuresBetas();
    }

    private VBox betaTable() {
        ListTable<TenorBeta> table = new ListTable<>(vm, "futuresBetas", "Futures betas b(τ)", "model.futuresBetas",
                ModelPanel::shownBetas, (s, list) -> s.withModel(s.model().withFuturesBetas(list)),
                ModelPanel::nextBeta, "Add a tenor after the last one");
        table.column(new ListTable.ColumnSpec<>("days", "Days", "Days to the future's settlement", 60,
                b -> Check.format(b.days()), b -> Check.format(b.days()), EditCell.Editor.TEXT, List.of(),
                (b, text) -> new TenorBeta(LegEdits.number("days", text), b.beta())));
        table.column(new ListTable.ColumnSpec<>("beta", "Beta", "VIX-future points per spot-VIX point", 60,
                b -> Fmt.number(b.beta(), 3), b -> Check.format(b.beta()), EditCell.Editor.TEXT, List.of(),
                (b, text) -> new TenorBeta(b.days(), LegEdits.number("beta", text))));
        table.setPrefWidth(170);
        Label source = new Label();
        source.setId("betaSource");
        source.getStyleClass().add("muted-note");
        source.setWrapText(true);
        source.setMaxWidth(170);
        Button derive = new Button("Use formula");
        derive.setId("deriveBetas");
        derive.getStyleClass().add("compact");
        Tips.on(derive, "Drop the table: b(τ) = [β(τ+30)(τ+30) − β(τ)τ]/30 with β(T) = (30/T)^α at every tenor");
        derive.setOnAction(e -> vm.edit("derive futures betas", s -> s.withModel(s.model().withFuturesBetas(List.of()))));
        fields.add(() -> {
            boolean derived = vm.scenario().model().derivesFuturesBetas();
            source.setText(derived ? "Formula of α" : "Your table, linear");
            Tips.set(source, derived ? "b(τ) comes from the forward-variance formula at every tenor; editing a cell "
                    + "turns the nine shown into your own table" : "Your table, interpolated linearly, flat beyond its ends");
            derive.setDisable(derived);
        });
        table.getChildren().addAll(source, derive);
        return table;
    }

    private static TenorBeta nextBeta(Scenario s) {
        List<TenorBeta> betas = shownBetas(s);
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
