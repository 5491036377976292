package org.condordesk.capital;

import java.util.function.DoubleFunction;

import org.condordesk.model.Scenario;
import org.condordesk.risk.PositionValuation;

/**
 * The dated cash flows of a position on one path, for callers that value trade by trade (the backtest): at the open
 * the premiums at entry prices less the collateral posted, each leg's payoff at its settlement (or its model value at
 * the horizon), the collateral back when its layer closes (docs/capital.md §3). Pure; about one engine slice per flow
 * date.
 */
public final class CashFlows {

    /**
     * The flows on {@code days} (calendar days after the valuation time, the open first): each layer's at its own size
     * ({@code byLayer[layer][date]}, $) and their sum.
     */
    public record Schedule(double[] days, double[][] byLayer) {

        public Schedule {
            days = days.clone();
            byLayer = byLayer.clone();
        }

        @Override
        public double[] days() {
            return days.clone();
        }

        /** The position's flow on each date ($). */
        public double[] total() {
            double[] total = new double[days.length];
            for (double[] layer : byLayer) {
                for (int d = 0; d < total.length; d++) {
                    total[d] += layer[d];
                }
            }
            return total;
        }

        /** The dates in years (days / 365). */
        public double[] years() {
            double[] years = new double[days.length];
            for (int d = 0; d < years.length; d++) {
                years[d] = days[d] / 365.0;
            }
            return years;
        }

        /** The position's IRR (annual effective; NaN without one). */
        public double irr() {
            return Irr.irr(years(), total());
        }

        /** The position's NPV at the annual effective rate {@code rate}. */
        public double npv(double rate) {
            return Irr.npv(rate, years(), total());
        }
    }

    private CashFlows() {
    }

    /**
     * The flows of {@code scenario} to {@code horizon} on a path: {@code levelsOnDay.apply(days)} gives {SPX, spot VIX}
     * on each flow date (a path held at one shock returns the same pair for every date).
     */
    public static Schedule on(Scenario scenario, CapitalAnalysis.HorizonChoice horizon, DoubleFunction<double[]> levelsOnDay) {
        StressValuation valuation = StressValuation.of(scenario);
        CashFlowModel model = model(valuation, CapitalAnalysis.horizonDays(valuation, horizon));
        double[] spx = new double[model.dates.length];
        double[] vix = new double[model.dates.length];
        for (int d = 0; d < spx.length; d++) {
            double[] levels = levelsOnDay.apply(model.dates[d]);
            spx[d] = levels[0];
            vix[d] = levels[1];
        }
        PositionValuation.Dated[] slices = model.slices(valuation.base());
        double[][] unit = model.flows(slices, spx, vix);
        double[] weights = valuation.weights();
        double[][] sized = new double[unit.length][];
        for (int l = 0; l < unit.length; l++) {
            sized[l] = new double[unit[l].length];
            for (int d = 0; d < unit[l].length; d++) {
                sized[l][d] = unit[l][d] * weights[l];
            }
        }
        return new Schedule(model.dates, sized);
    }

    /** The flow model of the unit-sized position, collateral from its Reg-T margin. */
    static CashFlowModel model(StressValuation valuation, double horizonDays) {
        double[] unitCollateral = Margin.of(valuation.unit()).layers().stream().mapToDouble(LayerMargin::collateral).toArray();
        return new CashFlowModel(valuation.unit(), valuation.base(), unitCollateral, horizonDays);
    }
}
