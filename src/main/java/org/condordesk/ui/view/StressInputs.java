package org.condordesk.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.FundingSource;
import org.condordesk.model.UserStress;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.vm.StressModel;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.ValueField;

/**
 * What the capital and stress figures take from the trader, saved with the scenario (docs/scenario-format.md,
 * {@code capital}): the VX initial margin per contract, the cost-of-capital table and the user's stresses; every edit
 * is one undoable scenario edit.
 */
final class StressInputs extends HBox {

    StressInputs(ScenarioViewModel vm, StressModel model) {
        setId("stressInputs");
        getStyleClass().add("form-panel");
        setSpacing(10);
        ValueField vxMargin = new ValueField("vxInitialMarginPerContract", "VX futures initial margin per contract in $ "
                + "(VXM pro rata). Blank: a labelled placeholder, no published figure is bundled", model::setVxMargin);
        Runnable showMargin = () -> vxMargin.show(vm.scenario().capital().vxInitialMarginPerContract().isPresent()
                ? Fmt.number(vm.scenario().capital().vxInitialMarginPerContract().getAsDouble(), 0) : "");
        vm.scenarioProperty().addListener((obs, old, s) -> showMargin.run());
        showMargin.run();
        vxMargin.setPromptText("your broker's");
        Label note = new Label("$ a contract: your broker's; none is bundled");
        note.getStyleClass().add("muted-note");
        note.setWrapText(true);
        note.setPrefWidth(120);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox margin = new VBox(4, FormFields.heading("VX margin"), vxMargin, note);
        margin.setMinWidth(Region.USE_PREF_SIZE);
        ListTable<FundingSource> funding = new ListTable<>(vm, "funding", "Cost of capital", "capital.funding",
                s -> s.capital().funding(), (s, list) -> s.withCapital(s.capital().withFunding(list)),
                s -> new FundingSource("Own cash", 1, Math.expm1(s.market().riskFreeRate())),
                "Add a source of funding (own cash, a margin loan…): the cost of capital is their weighted average");
        funding.freeTextColumn(text("name", "Source", "Where the money comes from", 120, FundingSource::name,
                (f, t) -> f.withName(t.strip())));
        funding.column(text("weight", "Weight", "Its share of the capital (any scale)", 60, f -> Fmt.number(f.weight(), 2),
                (f, t) -> f.withWeight(LegEdits.number("weight", t))));
        funding.column(text("annualRate", "Rate %", "Its annual cost, effective, in percent", 60,
                f -> Fmt.number(f.annualRate() * 100, 2), (f, t) -> f.withAnnualRate(LegEdits.number("annualRate", t) / 100)));
        funding.table().getColumns().forEach(column -> ColumnFit.fit(column));
        funding.getStyleClass().add("funding-list");
        // The three funding columns are short: the table keeps their width and the stresses table gives way.
        double fundingWidth = funding.table().getColumns().stream().mapToDouble(column -> column.getMinWidth()).sum()
                + ColumnFit.SCROLL_BAR_ROOM;
        funding.table().setMinWidth(fundingWidth);
        funding.table().setPrefWidth(fundingWidth);
        funding.setMinWidth(Region.USE_PREF_SIZE);
        ListTable<UserStress> stresses = new ListTable<>(vm, "userStresses", "My stresses", "capital.stresses",
                s -> s.capital().stresses(), (s, list) -> s.withCapital(s.capital().withStresses(list)),
                s -> UserStress.spxMove("SPX −5 %", -5), "Add a stress of your own: SPX %, VIX points, days, IV and curve");
        stressColumns(stresses);
        // Nine columns in a narrow tab: each keeps its width and the table scrolls sideways instead of squeezing them.
        stresses.table().getColumns().forEach(column -> ColumnFit.fit(column, "-100.00"));
        ColumnFit.scrollWhenNarrow(stresses.table());
        HBox.setHgrow(stresses, Priority.ALWAYS);
        getChildren().addAll(margin, funding, stresses);
    }

    private static void stressColumns(ListTable<UserStress> table) {
        table.freeTextColumn(text("name", "Stress", "Its name in the table", 150, UserStress::name, (s, t) -> s.withName(t.strip())));
        table.column(text("spx", "SPX %", "SPX move in percent", 55, s -> Fmt.number(s.spxMovePct(), 2),
                (s, t) -> s.withSpxMovePct(LegEdits.number("spxMovePct", t))));
        table.column(text("vix", "VIX", "Spot VIX move in points (on top of the map's when 'map' is yes)", 55,
                s -> Fmt.number(s.vixMovePoints(), 2), (s, t) -> s.withVixMovePoints(LegEdits.number("vixMovePoints", t))));
        table.column(new ListTable.ColumnSpec<>("map", "Map", "yes: VIX also follows the spot–vol map's response to the "
                + "SPX move", 50, s -> s.vixByMap() ? "yes" : "no", s -> s.vixByMap() ? "yes" : "no",
                EditCell.Editor.CHOICE, List.of("yes", "no"), (s, t) -> s.withVixByMap(t.strip().equalsIgnoreCase("yes"))));
        table.column(text("days", "Days", "Calendar days until it is valued (theta included)", 45,
                s -> Fmt.number(s.daysElapsed(), 1), (s, t) -> s.withDaysElapsed(LegEdits.number("daysElapsed", t))));
        table.column(text("iv", "IV pts", "SPX implied-vol shift of every SPX option, vol points", 50,
                s -> Fmt.number(s.spxIvShiftPoints(), 2), (s, t) -> s.withSpxIvShiftPoints(LegEdits.number("spxIvShiftPoints", t))));
        table.freeTextColumn(text("ivByExpiry", "IV by expiry", "Per-expiry IV shifts: 2026-12-09:3, 2026-12-16:1.5 (vol points)",
                120, StressInputs::expiryShifts, (s, t) -> s.withIvShiftsByExpiry(parseExpiryShifts(t))));
        table.column(text("curveShift", "VX shift", "VIX futures curve shift, points, on top of the factor model", 55,
                s -> Fmt.number(s.vxCurveShiftPoints(), 2), (s, t) -> s.withVxCurveShiftPoints(LegEdits.number("vxCurveShiftPoints", t))));
        table.column(text("curveTwist", "VX twist", "Extra points at 90 days (linear in tenor from 0 at spot)", 55,
                s -> Fmt.number(s.vxCurveTwistPoints(), 2), (s, t) -> s.withVxCurveTwistPoints(LegEdits.number("vxCurveTwistPoints", t))));
    }

    private static <T> ListTable.ColumnSpec<T> text(String key, String title, String tip, double width,
                                                    java.util.function.Function<T, String> display,
                                                    java.util.function.BiFunction<T, String, T> parse) {
        return new ListTable.ColumnSpec<>(key, title, tip, width, display, display, EditCell.Editor.TEXT, List.of(), parse);
    }

    static String expiryShifts(UserStress stress) {
        List<String> parts = new ArrayList<>();
        for (ExpiryIvShift shift : stress.ivShiftsByExpiry()) {
            parts.add(shift.expiry() + ":" + Fmt.number(shift.volPoints(), 2));
        }
        return String.join(", ", parts);
    }

    /** "2026-12-09:3, 2026-12-16:1.5" → the shifts; blank → none. */
    static List<ExpiryIvShift> parseExpiryShifts(String text) {
        List<ExpiryIvShift> shifts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.strip().split(":");
            if (pair.length != 2) {
                throw new ValidationException("ivShiftsByExpiry", "write expiry:points, e.g. 2026-12-09:3, got '"
                        + part.strip() + "'");
            }
            LocalDate expiry;
            try {
                expiry = LocalDate.parse(pair[0].strip());
            } catch (java.time.DateTimeException e) {
                throw new ValidationException("ivShiftsByExpiry", "'" + pair[0].strip() + "' is not a date (YYYY-MM-DD)");
            }
            shifts.add(new ExpiryIvShift(expiry, LegEdits.number("volPoints", pair[1].toLowerCase(Locale.ROOT))));
        }
        return shifts;
    }
}
