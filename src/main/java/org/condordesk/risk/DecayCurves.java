package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Theta decay: P&L ($) of each layer and of the position from the valuation time to the last expiry,
 * one point a day (the last point at the last expiry), SPX spot and spot VIX held, the SPX surface kept
 * in tenor and VIX futures rolling down today's curve. {@code dailyTheta[i]} is the change of the total
 * from point i−1 to point i (0 at the start).
 */
public record DecayCurves(List<LocalDateTime> times, double[] days, List<double[]> layerPnl, double[] totalPnl,
                          double[] dailyTheta) {

    public DecayCurves {
        times = List.copyOf(times);
        layerPnl = List.copyOf(layerPnl);
    }
}
