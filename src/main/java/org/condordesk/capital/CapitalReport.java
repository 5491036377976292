package org.condordesk.capital;

import java.time.LocalDateTime;
import java.util.List;

import org.condordesk.model.LayerRole;

/**
 * What the capital analysis found (docs/capital.md): margin, the cost of capital, the horizon and distribution the
 * figures are over, each layer's and the position's return on margin, IRR and NPV, what each hedge layer does to
 * IRR − cost of capital (per stress path and over the distribution), and the portfolio-margin-style risk array.
 */
public record CapitalReport(Margin.Result margin, CostOfCapital costOfCapital, Horizon horizon, Distribution distribution,
                            List<LayerFigures> layers, LayerFigures total, List<HedgeEffect> hedgeEffects,
                            RiskArray.Result riskArray) {

    public CapitalReport {
        layers = List.copyOf(layers);
        hedgeEffects = List.copyOf(hedgeEffects);
    }

    /** The date the flows run to: the core expiry (hedges closed at model value there) or the last expiry. */
    public record Horizon(CapitalAnalysis.HorizonChoice choice, double days, LocalDateTime time) {
    }

    /** What "expected" averages over: {@code paths} SPX moves of {@code horizonDays} from the history (0: none). */
    public record Distribution(int paths, int horizonDays, String description) {
    }

    /** One dated cash flow: {@code days} after the valuation time, at {@code time}, {@code amount} $. */
    public record DatedFlow(double days, LocalDateTime time, double amount) {
    }

    /**
     * A layer's (or the position's) capital figures: its margin {@code requirement} and {@code capital} committed ($),
     * its P&L to the horizon on average over the distribution ({@code expectedPnl}) and with the market unchanged
     * ({@code basePnl}); return on margin = expected P&L / capital for the period and annualised; the IRR and the NPV
     * at the cost of capital of its expected flows, and those flows.
     */
    public record LayerFigures(int index, String name, LayerRole role, double requirement, double capital,
                               double expectedPnl, double basePnl, double returnOnMargin, double annualisedReturnOnMargin,
                               double irr, double npv, List<DatedFlow> expectedFlows) {

        public LayerFigures {
            expectedFlows = List.copyOf(expectedFlows);
        }
    }

    /**
     * What one hedge layer does for the position's capital: its margin; capital efficiency (the risk array's worst loss
     * without it less with it, per $ of its margin, over the whole grid and over its downside half); the position's IRR
     * with and without it on the expected flows and whether the layer raises or lowers IRR − cost of capital; the NPV
     * of its own expected flows at the cost of capital; the share of the distribution's paths on which it raises
     * IRR − cost of capital; the same on each stress path; and the verdict: it pays for its capital when its expected
     * NPV at the cost of capital is not negative.
     */
    public record HedgeEffect(int layerIndex, String layerName, double requirement, double capitalEfficiency,
                              double downsideCapitalEfficiency, double irrWith, double irrWithout, Effect effect,
                              double npvAtCost, double shareOfPathsRaisingIrr, boolean paysForCapital,
                              List<PathEffect> stressPaths) {

        public HedgeEffect {
            stressPaths = List.copyOf(stressPaths);
        }

        /** IRR with the layer minus without it (annual effective rates). */
        public double irrChange() {
            return irrWith - irrWithout;
        }
    }

    /**
     * One stress path's effect of a hedge layer on the position: the IRR change (annual effective; large losses over a
     * short horizon crowd both IRRs against −100 %), whether it raises or lowers IRR − cost of capital (judged on
     * ln(1 + IRR), which does not crowd), the change of the period return on capital (P&L / capital committed, points)
     * and the layer's own NPV at the cost of capital.
     */
    public record PathEffect(String stress, double irrChange, Effect effect, double periodReturnChange, double layerNpv) {
    }

    /** What a hedge layer does to the position's IRR − cost of capital. */
    public enum Effect {
        RAISES("raises"), LOWERS("lowers"), NO_CHANGE("no change"), NO_IRR("no IRR");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** From ln(1 + IRR) with and without the layer. */
        public static Effect of(double logIrrWith, double logIrrWithout) {
            if (Double.isNaN(logIrrWith) || Double.isNaN(logIrrWithout)) {
                return NO_IRR;
            }
            double change = logIrrWith - logIrrWithout;
            return change > 0 ? RAISES : change < 0 ? LOWERS : NO_CHANGE;
        }
    }
}
