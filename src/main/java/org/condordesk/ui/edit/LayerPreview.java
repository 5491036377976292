package org.condordesk.ui.edit;

import java.util.List;
import java.util.Locale;

import org.condordesk.market.MarketState;
import org.condordesk.model.Instrument;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.ui.format.Fmt;

/**
 * The line the Add-layer dialog shows for what it would build: strikes, credit or debit per unit, the worst
 * and best case where the shape bounds them, and the layer's VIX vega in this market, e.g.
 * {@code 7345/7295P · 7815/7865C · credit 12.51 · max loss 37.49 · VIX vega -$1,960}.
 */
public final class LayerPreview {

    private LayerPreview() {
    }

    /** The preview of {@code layer} added to {@code scenario}: the engine values it alone (a few hundred µs). */
    public static String of(Scenario scenario, Layer layer) {
        Scenario alone = scenario.withLayers(List.of(layer.withEnabled(true).withSize(1)));
        double vixVega = Analyzer.analyze(alone, MarketState.of(alone), AnalysisSettings.defaults()
                .withRange(-10, 10, 3).withoutHeatmapAndDecay()).netVixVega();
        return describe(layer, vixVega);
    }

    /** The line for {@code layer} whose VIX vega (at size 1) is {@code vixVega}. */
    static String describe(Layer layer, double vixVega) {
        List<Leg> legs = layer.legs();
        int lots = legs.stream().mapToInt(l -> Math.abs(l.quantity())).min().orElse(1);
        // Premium per unit: what the structure collects (> 0) or costs (< 0), in points of one lot.
        double collected = -legs.stream().mapToDouble(l -> l.quantity() * l.entryPrice()).sum() / Math.max(lots, 1);
        String vega = "VIX vega " + Fmt.usd0(vixVega);
        if (isCondor(legs)) {
            double wing = Math.max(strike(legs.get(1)) - strike(legs.get(0)), strike(legs.get(3)) - strike(legs.get(2)));
            return pair(legs.get(1), legs.get(0)) + "P · " + pair(legs.get(2), legs.get(3)) + "C · credit "
                    + points(collected) + " · max loss " + points(wing - collected) + " · " + vega;
        }
        if (isVixCallSpread(legs)) {
            double width = strike(legs.get(1)) - strike(legs.get(0));
            return Fmt.shortDate(legs.get(0).instrument().expiryDate().orElseThrow()) + " " + pair(legs.get(0), legs.get(1))
                    + "C ×" + lots + " · debit " + points(-collected) + " · max gain " + points(width + collected) + " · " + vega;
        }
        StringBuilder text = new StringBuilder();
        for (Leg leg : legs) {
            text.append(text.length() == 0 ? "" : " · ").append(Fmt.signed(leg.quantity(), 0)).append(' ')
                    .append(leg.instrument().label());
        }
        String premium = collected >= 0 ? "credit " + points(collected) : "debit " + points(-collected);
        boolean options = legs.stream().anyMatch(l -> l.instrument().isOption());
        return text + (options ? " · " + premium : "") + " · " + vega;
    }

    private static boolean isCondor(List<Leg> legs) {
        return legs.size() == 4 && legs.stream().allMatch(l -> l.instrument().kind() == InstrumentKind.SPX_OPTION)
                && right(legs.get(0)) == OptionRight.PUT && right(legs.get(1)) == OptionRight.PUT
                && right(legs.get(2)) == OptionRight.CALL && right(legs.get(3)) == OptionRight.CALL;
    }

    private static boolean isVixCallSpread(List<Leg> legs) {
        return legs.size() == 2 && legs.stream().allMatch(l -> l.instrument().kind() == InstrumentKind.VIX_OPTION
                && right(l) == OptionRight.CALL) && legs.get(0).quantity() > 0 && legs.get(1).quantity() < 0
                && legs.get(0).instrument().expiryDate().equals(legs.get(1).instrument().expiryDate());
    }

    private static OptionRight right(Leg leg) {
        return leg.instrument().optionRight().orElse(null);
    }

    private static double strike(Leg leg) {
        return leg.instrument().optionStrike().orElseThrow();
    }

    /** "7345/7295": the first strike, then the second, each as the market quotes it. */
    private static String pair(Leg first, Leg second) {
        return strikeText(first.instrument()) + "/" + strikeText(second.instrument());
    }

    private static String strikeText(Instrument instrument) {
        double strike = instrument.optionStrike().orElseThrow();
        return strike == Math.rint(strike) ? Long.toString(Math.round(strike)) : String.format(Locale.US, "%.1f", strike);
    }

    private static String points(double value) {
        return String.format(Locale.US, "%.2f", value);
    }
}
