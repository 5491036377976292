package org.condordesk.ui.edit;

import org.condordesk.model.MarketSnapshot;

/**
 * The word the header puts on the VIX term structure, from spot VIX, the front future and VIX3M together, so it
 * never calls a curve "backwardation" on one input while another says contango without saying so: contango when
 * spot VIX is below both, backwardation when above both, and "mixed" (naming which) otherwise.
 */
public record CurveSlope(String word, String reason) {

    public static CurveSlope of(MarketSnapshot market) {
        double vix = market.vixSpot();
        boolean belowFront = market.vixFutures().isEmpty() || vix <= market.vixFutures().get(0).price();
        boolean belowThreeMonth = vix <= market.vix3m();
        String levels = "VIX " + fmt(vix) + (market.vixFutures().isEmpty() ? ""
                : ", front future " + fmt(market.vixFutures().get(0).price())) + ", VIX3M " + fmt(market.vix3m());
        if (belowFront && belowThreeMonth) {
            return new CurveSlope("contango", "Spot VIX below the front future and VIX3M (" + levels + ")");
        }
        if (!belowFront && !belowThreeMonth) {
            return new CurveSlope("backwardation", "Spot VIX above the front future and VIX3M (" + levels + ")");
        }
        return new CurveSlope(belowFront ? "mixed: VIX > VIX3M" : "mixed: VIX > front",
                "The inputs disagree (" + levels + "): spot VIX is " + (belowFront ? "above VIX3M but below the front future"
                        : "above the front future but below VIX3M") + ". Edit VIX through the model (Market › Moves) to keep them in step");
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.US, "%.2f", value);
    }
}
