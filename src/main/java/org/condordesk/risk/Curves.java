package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.SpotVolMap;

/** P&L curves over SPX, theta decay over time and the SPX × VIX heatmap, each a map of a valuation over a grid. */
final class Curves {

    /** Decay curves keep at most this many points; longer horizons step more than a day. */
    static final int MAX_DECAY_POINTS = 500;

    private final PositionModel position;
    private final double spot;
    private final double vix;
    private final SpotVolMap spotVol;
    private final AnalysisSettings settings;
    private final double[] grid;
    private final double[] gridVix;

    Curves(PositionModel position, double spot, double vix, SpotVolMap spotVol, AnalysisSettings settings) {
        this.position = position;
        this.spot = spot;
        this.vix = vix;
        this.spotVol = spotVol;
        this.settings = settings;
        int n = settings.curvePoints();
        grid = new double[n];
        gridVix = new double[n];
        double low = spot * (1 + settings.spxLowPct() / 100);
        double high = spot * (1 + settings.spxHighPct() / 100);
        for (int i = 0; i < n; i++) {
            grid[i] = low + (high - low) * i / (n - 1);
            gridVix[i] = vixAt(grid[i]);
        }
    }

    /** Spot VIX the spot–vol map gives at SPX level {@code spx} (the map floors it at its vixFloor ≥ 1). */
    double vixAt(double spx) {
        return Math.max(spotVol.vixAfter(vix, 100 * Math.log(spx / spot)), MarketSnapshot.MIN_VIX_SPOT);
    }

    PnlCurve curve(String label, Slice slice, LocalDateTime at) {
        double[] pnl = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            pnl[i] = slice.pnl(grid[i], gridVix[i]);
        }
        DoubleUnaryOperator along = s -> slice.pnl(s, vixAt(s));
        List<Double> breakEvens = BreakEvens.find(along, grid, pnl);
        double[] kinks = slice.settlingStrikes();
        return new PnlCurve(label, at, grid.clone(), gridVix.clone(), pnl, breakEvens,
                Extremes.find(along, grid, pnl, kinks, GoalType.MAXIMIZE),
                Extremes.find(along, grid, pnl, kinks, GoalType.MINIMIZE));
    }

    /**
     * Slope of the T+0 P&L with the spot–vol map: $ per SPX point when VIX follows SPX, so the VIX legs'
     * response to an SPX move counts. A central difference over ±0.01 % of spot (it averages the map's
     * up and down slopes at the kink).
     */
    double deltaWithSpotVol(Slice slice) {
        double h = spot * 1e-4;
        return (slice.pnl(spot + h, vixAt(spot + h)) - slice.pnl(spot - h, vixAt(spot - h))) / (2 * h);
    }

    DecayCurves decay(Analyzer.Timeline timeline) {
        // Each point on the analysis date's clock time (docs/model.md §6, the clock rule), then the last expiry.
        List<Double> days = timeline.clockSteps(timeline.lastExpiryDays(), MAX_DECAY_POINTS);
        int layers = position.layers.size();
        List<double[]> layerPnl = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            layerPnl.add(new double[days.size()]);
        }
        double[] total = new double[days.size()];
        double[] theta = new double[days.size()];
        double[] dayArray = new double[days.size()];
        List<LocalDateTime> times = new ArrayList<>();
        double[] scratch = new double[layers];
        for (int i = 0; i < days.size(); i++) {
            dayArray[i] = days.get(i);
            times.add(timeline.at(dayArray[i]));
            position.at(dayArray[i]).layerPnl(spot, vix, scratch);
            for (int l = 0; l < layers; l++) {
                layerPnl.get(l)[i] = scratch[l];
                total[i] += scratch[l];
            }
            theta[i] = i == 0 ? 0 : total[i] - total[i - 1];
        }
        return new DecayCurves(times, dayArray, layerPnl, total, theta);
    }

    Heatmap heatmap(Slice slice, LocalDateTime at) {
        double[] spxMoves = steps(-settings.heatSpxRangePct(), settings.heatSpxRangePct(), settings.heatSpxSteps());
        double[] vixMoves = steps(-settings.heatVixDownPoints(), settings.heatVixUpPoints(), settings.heatVixSteps());
        double[][] pnl = new double[vixMoves.length][spxMoves.length];
        for (int v = 0; v < vixMoves.length; v++) {
            // A cell below the lowest spot VIX a scenario may hold is valued there (docs/model.md §8).
            double shocked = Math.max(vix + vixMoves[v], MarketSnapshot.MIN_VIX_SPOT);
            for (int s = 0; s < spxMoves.length; s++) {
                pnl[v][s] = slice.pnl(spot * (1 + spxMoves[s] / 100), shocked);
            }
        }
        return new Heatmap(at, spxMoves, vixMoves, pnl);
    }

    private static double[] steps(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + (to - from) * i / (count - 1);
        }
        return values;
    }
}
