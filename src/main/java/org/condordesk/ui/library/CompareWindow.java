package org.condordesk.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;
import org.condordesk.ui.library.VersionComparison.ComparedVersion;
import org.condordesk.ui.library.VersionComparison.Line;
import org.condordesk.ui.widget.Tips;

/**
 * Two versions' greeks side by side with B − A: the versions compared, net VIX vega large, then the position
 * greeks, each layer's VIX vega and size, and the break-evens and max profit / loss at the core expiry. The
 * analyses run on the library thread; the window shows "Analysing…" until they arrive.
 */
public final class CompareWindow {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private final LibraryBrowserModel model;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final CompareChart chart = new CompareChart();
    private final javafx.scene.layout.VBox differences = new javafx.scene.layout.VBox(2);
    private final Label status = new Label();
    private final ReadOnlyObjectWrapper<VersionComparison> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private long request;

    CompareWindow(Window owner, LibraryBrowserModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Compare versions");
        grid.setId("compareGrid");
        grid.getStyleClass().add("compare-grid");
        ColumnConstraints label = new ColumnConstraints(190, 210, Double.MAX_VALUE);
        label.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(label, figureColumn(), figureColumn(), figureColumn());
        status.setId("compareStatus");
        status.getStyleClass().add("compare-status");
        status.setWrapText(true);
        differences.setId("compareLegs");
        differences.getStyleClass().add("compare-legs");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(chart, differences, grid);
        content.getStyleClass().add("compare-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = new BorderPane(scroll);
        root.setTop(status);
        root.setId("compareWindow");
        root.getStyleClass().addAll("workstation", "compare-window");
        stage.setScene(new Scene(root, 820, 800));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.hide();
            }
        });
    }

    private static ColumnConstraints figureColumn() {
        ColumnConstraints column = new ColumnConstraints(120, 170, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        column.setHalignment(HPos.RIGHT);
        return column;
    }

    public Stage stage() {
        return stage;
    }

    /** The comparison on screen, null while analysing. */
    public VersionComparison shown() {
        return shown.get();
    }

    public ReadOnlyObjectProperty<VersionComparison> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows the window and compares {@code a} with {@code b}; a newer request replaces one still running. */
    public void compare(VersionRef a, VersionRef b) {
        long mine = ++request;
        shown.set(null);
        grid.getChildren().clear();
        chart.getData().clear();
        differences.getChildren().clear();
        setStatus("Analysing " + a.label() + " and " + b.label() + "…", false);
        stage.setTitle("CondorDesk — Compare " + a.label() + " with " + b.label());
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        model.compare(a, b, comparison -> {
            if (mine == request) {
                show(comparison);
            }
        }, reason -> {
            if (mine == request) {
                setStatus("Cannot compare: " + reason, true);
            }
        });
    }

    private void setStatus(String text, boolean error) {
        status.setText(text);
        status.pseudoClassStateChanged(ERROR, error);
        status.setVisible(!text.isEmpty());
        status.setManaged(!text.isEmpty());
    }

    private void show(VersionComparison comparison) {
        setStatus("", false);
        chart.show(comparison.a(), comparison.b());
        showDifferences(comparison);
        grid.getChildren().clear();
        int row = header(comparison.a(), comparison.b());
        row = headline(comparison.netVixVega(), row);
        String section = "";
        String group = "";
        for (Line line : comparison.lines()) {
            if (!line.section().equals(section)) {
                section = line.section();
                row = section(sectionTitle(section, comparison), row);
            }
            if (!line.group().isEmpty() && !line.group().equals(group)) {
                row = group(line.group(), row);
            }
            group = line.group();
            row = line(line, row);
        }
        shown.set(comparison);
    }

    /** The legs that changed between A and B (strike, quantity, expiry), or a line saying none did. */
    private void showDifferences(VersionComparison comparison) {
        differences.getChildren().clear();
        Label title = styled(new Label("Legs changed (B against A)"), "section-title");
        differences.getChildren().add(title);
        List<String> lines = LegDifferences.between(comparison.a().scenario(), comparison.b().scenario());
        if (lines.isEmpty()) {
            differences.getChildren().add(styled(new Label("No leg changed: the same contracts and quantities"), "compare-note"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Label line = styled(new Label(lines.get(i)), "compare-text");
            line.setId("compareLeg-" + i);
            line.setWrapText(true);
            differences.getChildren().add(line);
        }
    }

    private static String sectionTitle(String section, VersionComparison comparison) {
        if (!section.equals(VersionComparison.EXPIRY)) {
            return section;
        }
        String a = Fmt.date(comparison.a().analysis().coreExpiry().orElse(null));
        String b = Fmt.date(comparison.b().analysis().coreExpiry().orElse(null));
        return section + (a.equals(b) ? " (" + a + ")" : " (A " + a + ", B " + b + ")");
    }

    private int header(ComparedVersion a, ComparedVersion b) {
        cell(new Label(""), 0, 0);
        cell(styled(new Label("A"), "compare-head"), 1, 0);
        cell(styled(new Label("B"), "compare-head"), 2, 0);
        cell(styled(Tips.on(new Label("Δ (B − A)"), "B minus A, in each row's unit"), "compare-head"), 3, 0);
        String[] keys = {"Scenario", "Saved", "Note", "Valuation (New York)", "Core expiry"};
        String[][] values = {{a.label(), b.label()}, {saved(a), saved(b)}, {a.note(), b.note()},
            {Fmt.dateTime(a.scenario().valuationTime()), Fmt.dateTime(b.scenario().valuationTime())},
            {Fmt.date(a.analysis().coreExpiry().orElse(null)), Fmt.date(b.analysis().coreExpiry().orElse(null))}};
        for (int r = 0; r < keys.length; r++) {
            cell(styled(new Label(keys[r]), "figure-key"), 0, r + 1);
            for (int side = 0; side < 2; side++) {
                Label value = styled(new Label(values[r][side].isEmpty() ? Fmt.NONE : values[r][side]), "compare-text");
                value.setWrapText(true);
                value.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                value.setId("compareHead-" + r + "-" + (side == 0 ? "a" : "b"));
                Tips.on(value, values[r][side]);
                cell(value, side + 1, r + 1);
            }
        }
        return keys.length + 1;
    }

    private static String saved(ComparedVersion version) {
        return SAVED_AT.format(version.savedAt().atZone(ZoneId.systemDefault()));
    }

    private int headline(Line net, int row) {
        row = section("Net VIX vega  ·  $ per +1 VIX point", row);
        String tip = "Net VIX vega: $ per +1.00 point of spot VIX through the vol factor model";
        Label title = styled(Tips.on(new Label("Net VIX vega"), tip), "figure-key");
        cell(title, 0, row);
        cell(figure(Fmt.usd0(net.a()), net.a(), "compareNetA", tip, "compare-big"), 1, row);
        cell(figure(Fmt.usd0(net.b()), net.b(), "compareNetB", tip, "compare-big"), 2, row);
        cell(figure(signedUsd0(net.delta()), net.delta(), "compareNetDelta", "B − A: " + tip, "compare-big"), 3, row);
        return row + 1;
    }

    private int section(String title, int row) {
        Label label = styled(new Label(title), "section-title");
        grid.add(label, 0, row, 4, 1);
        return row + 1;
    }

    /** A layer's name over its figures, across the whole width so that a long name is readable. */
    private int group(String layerName, int row) {
        Label label = styled(Tips.on(new Label(layerName), layerName), "compare-group");
        grid.add(label, 0, row, 4, 1);
        return row + 1;
    }

    private int line(Line line, int row) {
        String id = "compare-" + row;
        Label key = styled(Tips.on(new Label(line.label()), line.tip()), "figure-key");
        if (!line.group().isEmpty()) {
            key.getStyleClass().add("compare-indent");
        }
        cell(key, 0, row);
        cell(side(line, line.a(), line.aNote(), id + "-a"), 1, row);
        cell(side(line, line.b(), line.bNote(), id + "-b"), 2, row);
        Label delta = figure(deltaText(line), sign(line, line.delta()), id + "-delta", "B − A: " + line.tip(),
                unchanged(line) ? "compare-unchanged" : "compare-delta");
        cell(delta, 3, row);
        return row + 1;
    }

    private Label side(Line line, double value, String note, String id) {
        if (!note.isEmpty()) {
            return figure(note, Double.NaN, id, line.tip(), "compare-note");
        }
        return figure(format(line, value), sign(line, value), id, line.tip(), null);
    }

    /**
     * Dollars in one row share their precision: cents only when every figure of the row is under $1,000, so a
     * row never shows -$71,161 beside a Δ of -$450.25.
     */
    static int dollarDecimals(Line line) {
        double largest = Math.max(Math.abs(Double.isNaN(line.a()) ? 0 : line.a()), Math.abs(Double.isNaN(line.b()) ? 0 : line.b()));
        return largest >= 1000 ? 0 : 2;
    }

    static String dollars(double value, int decimals, boolean signed) {
        if (!Double.isFinite(value)) {
            return Fmt.NONE;
        }
        String sign = value < 0 && Math.abs(value) >= 0.5 * Math.pow(10, -decimals) ? "-" : signed && value > 0 ? "+" : "";
        return sign + "$" + Fmt.number(Math.abs(value), decimals);
    }

    /** No change at the precision shown: the Δ is muted so that the changes stand out. */
    private static boolean unchanged(Line line) {
        return !Double.isNaN(line.delta()) && deltaText(line).replaceAll("[^1-9]", "").isEmpty();
    }

    /** Sizes and SPX levels are not gains or losses: no colour. */
    private static double sign(Line line, double value) {
        return line.unit() == VersionComparison.Unit.SPX_LEVEL ? Double.NaN : value;
    }

    private static String format(Line line, double value) {
        return switch (line.unit()) {
            case USD -> dollars(value, dollarDecimals(line), false);
            case NUMBER -> Fmt.number(value, 2);
            case GAMMA -> Fmt.number(value, 3);
            case SIZE -> Fmt.multiplier(value);
            case SPX_LEVEL -> Fmt.number(value, 1);
        };
    }

    private static String deltaText(Line line) {
        double d = line.delta();
        return switch (line.unit()) {
            case USD -> dollars(d, dollarDecimals(line), true);
            case NUMBER, SIZE -> Fmt.signed(d, 2);
            case GAMMA -> Fmt.signed(d, 3);
            case SPX_LEVEL -> Fmt.signed(d, 1);
        };
    }

    private static String signedUsd0(double value) {
        return Math.abs(value) < 0.5 ? "$0" : (value > 0 ? "+" : "") + Fmt.usd0(value);
    }

    private static Label figure(String text, double sign, String id, String tip, String extraClass) {
        Label label = styled(new Label(text), "figure-value");
        if (extraClass != null) {
            label.getStyleClass().add(extraClass);
        }
        label.setId(id);
        Fmt.colourBySign(label, sign, 2);
        Tips.on(label, text + ": " + tip);
        return label;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }

    private void cell(Label label, int column, int row) {
        label.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, column, row);
        if (column > 0) {
            GridPane.setHalignment(label, HPos.RIGHT);
            label.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }
    }

    /** For the screenshot tooling and tests: the scene. */
    public Scene scene() {
        return stage.getScene();
    }
}
