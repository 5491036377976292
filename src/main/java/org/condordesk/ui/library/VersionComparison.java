package org.condordesk.ui.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.LayerRisk;
import org.condordesk.risk.PnlCurve;

/**
 * Two saved versions side by side: net VIX vega, the position's greeks, each layer's VIX vega and size, and the
 * break-evens and max profit / loss at the core expiry, each with its change Δ = B − A. Layers are matched by
 * name; one that only one side holds counts as size 0 and VIX vega 0 on the other.
 */
public record VersionComparison(ComparedVersion a, ComparedVersion b, List<Line> lines) {

    /** One saved version and its analysis. */
    public record ComparedVersion(String name, int version, Instant savedAt, String note, Scenario scenario,
                                  Analysis analysis) {

        /** "NAME v3". */
        public String label() {
            return name + " v" + version;
        }
    }

    /** How a figure is shown. */
    public enum Unit { USD, NUMBER, GAMMA, SIZE, SPX_LEVEL }

    /**
     * One compared figure, in {@code section} and, for a layer's figures, under the layer's name {@code group}
     * (empty otherwise). {@code a} or {@code b} is NaN where that side has no such figure (a layer it does not
     * hold, a break-even off the range); {@code aNote} / {@code bNote} replace the number when not empty ("off",
     * "absent"). {@code delta} is B − A, NaN when it means nothing.
     */
    public record Line(String section, String group, String label, String tip, Unit unit, double a, double b,
                       double delta, String aNote, String bNote) {

        static Line of(String section, String label, String tip, Unit unit, double a, double b) {
            return new Line(section, "", label, tip, unit, a, b, b - a, "", "");
        }
    }

    public static final String POSITION = "Position greeks";
    public static final String LAYERS = "Layers";
    public static final String EXPIRY = "At the core expiry";
    public static final String VIX_VEGA = "VIX vega $/VIX pt";
    public static final String SIZE = "Size";

    public VersionComparison {
        lines = List.copyOf(lines);
    }

    /** Net VIX vega, $ per +1 VIX point, of each side and B − A. */
    public Line netVixVega() {
        return lines.stream().filter(l -> l.section().equals(POSITION) && l.label().equals(VIX_VEGA)).findFirst().orElseThrow();
    }

    /** Compares {@code a} (the reference) with {@code b}. */
    public static VersionComparison of(ComparedVersion a, ComparedVersion b) {
        List<Line> lines = new ArrayList<>();
        positionLines(a.analysis().position(), b.analysis().position(), lines);
        layerLines(a.analysis(), b.analysis(), lines);
        expiryLines(a, b, lines);
        return new VersionComparison(a, b, lines);
    }

    private static void positionLines(Greeks a, Greeks b, List<Line> lines) {
        greek(lines, "P&L", "P&L: model value minus entry cost, $", Unit.USD, Greeks::pnl, a, b);
        greek(lines, "Δ $/SPX pt", "SPX delta: $ per 1 SPX point, VIX held", Unit.NUMBER, Greeks::spxDelta, a, b);
        greek(lines, "Γ per pt", "SPX gamma: change of the $ delta per 1 SPX point", Unit.GAMMA, Greeks::spxGamma, a, b);
        greek(lines, "Θ $/day", "Theta: $ per calendar day, everything else held", Unit.USD, Greeks::thetaPerDay, a, b);
        greek(lines, "SPX vega $/vol pt", "SPX vega: $ per 1 vol point of the SPX options' own implied vol", Unit.USD,
                Greeks::spxVega, a, b);
        greek(lines, "VIX-opt vega $/vol pt", "VIX-option vega: $ per 1 vol point of VIX-option implied vol (vol of vol)",
                Unit.USD, Greeks::vixOptionVega, a, b);
        greek(lines, VIX_VEGA, "Net VIX vega: $ per +1.00 point of spot VIX through the vol factor model", Unit.USD,
                Greeks::vixVega, a, b);
    }

    private static void greek(List<Line> lines, String label, String tip, Unit unit, ToDoubleFunction<Greeks> figure,
                              Greeks a, Greeks b) {
        lines.add(Line.of(POSITION, label, tip, unit, figure.applyAsDouble(a), figure.applyAsDouble(b)));
    }

    private static void layerLines(Analysis a, Analysis b, List<Line> lines) {
        Map<String, LayerRisk> left = byName(a.layers());
        Map<String, LayerRisk> right = byName(b.layers());
        List<String> keys = new ArrayList<>(left.keySet());
        right.keySet().stream().filter(key -> !left.containsKey(key)).forEach(keys::add);
        for (String key : keys) {
            LayerRisk x = left.get(key);
            LayerRisk y = right.get(key);
            String name = (x != null ? x : y).layer().name();
            lines.add(layerLine(name, VIX_VEGA, "VIX vega of the layer at its size: $ per +1 VIX point"
                    + " (0 when disabled or absent)", Unit.USD, x, y, r -> r.greeks().vixVega()));
            lines.add(layerLine(name, SIZE, "Size multiplier of the layer (a disabled or absent layer counts as 0)",
                    Unit.SIZE, x, y, r -> r.layer().sizeMultiplier()));
        }
    }

    /** Layers keyed by name, a repeated name numbered by its occurrence so that both copies are compared. */
    private static Map<String, LayerRisk> byName(List<LayerRisk> layers) {
        Map<String, LayerRisk> keyed = new LinkedHashMap<>();
        for (LayerRisk layer : layers) {
            String key = layer.layer().name();
            for (int n = 2; keyed.containsKey(key); n++) {
                key = layer.layer().name() + " #" + n;
            }
            keyed.put(key, layer);
        }
        return keyed;
    }

    private static Line layerLine(String layer, String label, String tip, Unit unit, LayerRisk a, LayerRisk b,
                                  ToDoubleFunction<LayerRisk> figure) {
        double x = effective(a, figure);
        double y = effective(b, figure);
        return new Line(LAYERS, layer, label, tip, unit, a == null ? Double.NaN : x, b == null ? Double.NaN : y, y - x,
                note(a), note(b));
    }

    private static double effective(LayerRisk layer, ToDoubleFunction<LayerRisk> figure) {
        return layer == null || !layer.layer().enabled() ? 0 : figure.applyAsDouble(layer);
    }

    private static String note(LayerRisk layer) {
        return layer == null ? "absent" : layer.layer().enabled() ? "" : "off";
    }

    private static void expiryLines(ComparedVersion a, ComparedVersion b, List<Line> lines) {
        PnlCurve x = a.analysis().expiryCurve();
        PnlCurve y = b.analysis().expiryCurve();
        double spotA = a.scenario().market().spxSpot();
        double spotB = b.scenario().market().spxSpot();
        lines.add(Line.of(EXPIRY, "Lower break-even", "Nearest break-even below spot at the core expiry, SPX level",
                Unit.SPX_LEVEL, lowerBreakEven(x, spotA), lowerBreakEven(y, spotB)));
        lines.add(Line.of(EXPIRY, "Upper break-even", "Nearest break-even above spot at the core expiry, SPX level",
                Unit.SPX_LEVEL, upperBreakEven(x, spotA), upperBreakEven(y, spotB)));
        lines.add(Line.of(EXPIRY, "Max profit", "Highest P&L at the core expiry on SPX ±10 %, $", Unit.USD,
                x.maxProfit(), y.maxProfit()));
        lines.add(Line.of(EXPIRY, "Max loss", "Lowest P&L at the core expiry on SPX ±10 %, $ (negative = loss)", Unit.USD,
                x.maxLoss(), y.maxLoss()));
    }

    /** The highest break-even at or below spot, NaN when there is none on the range. */
    public static double lowerBreakEven(PnlCurve curve, double spot) {
        return curve.breakEvens().stream().filter(level -> level <= spot).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The lowest break-even above spot, NaN when there is none on the range. */
    public static double upperBreakEven(PnlCurve curve, double spot) {
        return curve.breakEvens().stream().filter(level -> level > spot).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
