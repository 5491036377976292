package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.UserStress;

/**
 * The stress library (docs/capital.md §4), in this order: the historical days and window replayed from the history,
 * the trader's stresses saved in the scenario, correlation slippage (SPX −5 % with the spot–vol map scaled 0 … 150 %,
 * then spot VIX +5 and +10 points with SPX flat) and gamma (one day later: SPX unchanged, ±1σ and ±2σ, σ = VIX/√252 in
 * percent, VIX along the scenario's map). Every result is each layer's P&L change from today's mark.
 */
public final class StressLibrary {

    public static final double SLIPPAGE_SPX_MOVE_PCT = -5;
    public static final double[] SLIPPAGE_SCALES = {0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5};
    public static final double[] VIX_UP_POINTS = {5, 10};
    /** Trading days a year: the one-day σ is VIX/√252 in percent (the "rule of 16"). */
    public static final double TRADING_DAYS_PER_YEAR = 252;

    private StressLibrary() {
    }

    /** A shock of the library and the group it belongs to. */
    public record Entry(Shock shock, StressResult.Group group) {
    }

    /** Every stress of the library on {@code valuation}'s position; without a history, no historical stresses. */
    public static List<StressResult> run(StressValuation valuation, Optional<StressHistory> history) {
        return entries(valuation, history).stream().map(e -> valuation.result(e.shock(), e.group())).toList();
    }

    /** The library's shocks for {@code valuation}'s scenario, in order. */
    public static List<Entry> entries(StressValuation valuation, Optional<StressHistory> history) {
        List<Entry> entries = new ArrayList<>();
        history.ifPresent(h -> HistoricalShocks.events(h).forEach(
                event -> entries.add(new Entry(event.shock(), StressResult.Group.HISTORICAL))));
        double mapScale = valuation.scenario().model().spotVol().effectiveScale();
        for (UserStress stress : valuation.scenario().capital().stresses()) {
            entries.add(new Entry(Shock.of(stress, mapScale), StressResult.Group.USER));
        }
        slippage().forEach(shock -> entries.add(new Entry(shock, StressResult.Group.SLIPPAGE)));
        gamma(valuation.vixSpot(), mapScale).forEach(shock -> entries.add(new Entry(shock, StressResult.Group.GAMMA)));
        return entries;
    }

    /** SPX −5 % with the map at each scale of {@link #SLIPPAGE_SCALES}, then VIX up with SPX flat. */
    public static List<Shock> slippage() {
        List<Shock> shocks = new ArrayList<>();
        for (double scale : SLIPPAGE_SCALES) {
            String percent = Check.format(Math.round(scale * 100)) + " %";
            shocks.add(Shock.alongMap("Slippage " + percent + ": SPX " + Check.format(SLIPPAGE_SPX_MOVE_PCT)
                    + " %, VIX responds " + percent + " of the map", SLIPPAGE_SPX_MOVE_PCT, scale, 0));
        }
        for (double points : VIX_UP_POINTS) {
            shocks.add(Shock.move("VIX +" + Check.format(points) + " points, SPX flat", 0, points));
        }
        return shocks;
    }

    /** The one-day SPX σ in percent: VIX/√252. */
    public static double oneDaySigmaPct(double vix) {
        return vix / Math.sqrt(TRADING_DAYS_PER_YEAR);
    }

    /** One day later: SPX unchanged, then ±1σ and ±2σ log moves, VIX along the map at {@code mapScale}. */
    public static List<Shock> gamma(double vix, double mapScale) {
        double sigma = oneDaySigmaPct(vix);
        List<Shock> shocks = new ArrayList<>();
        shocks.add(Shock.alongMap("1 day, SPX unchanged", 0, mapScale, 1));
        for (int k = 1; k <= 2; k++) {
            for (int sign : new int[] {-1, 1}) {
                double pct = 100 * Math.expm1(sign * k * sigma / 100);
                shocks.add(Shock.alongMap("1 day, SPX " + (sign > 0 ? "+" : "−") + k + "σ (" + String.format(Locale.ROOT, "%+.2f", pct)
                        + " %)", pct, mapScale, 1));
            }
        }
        return shocks;
    }
}
