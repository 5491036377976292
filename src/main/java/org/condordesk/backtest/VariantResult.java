package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * One variant's replay: its daily cumulative P&L and capital in use over the window's days, the per-trade table, every
 * fill it made, its figures, and how many of its prices were real ({@link DataCoverage}).
 */
public record VariantResult(String name, BacktestConfig.HedgeKind kind, LocalDate[] dates, double[] cumulativePnl,
                            double[] capitalInUse, List<TradeRecord> trades, List<Decision> decisions,
                            VariantMetrics metrics, DataCoverage dataCoverage) {

    /** A result with no coverage counted (a model-only replay built by hand). */
    public VariantResult(String name, BacktestConfig.HedgeKind kind, LocalDate[] dates, double[] cumulativePnl,
                         double[] capitalInUse, List<TradeRecord> trades, List<Decision> decisions, VariantMetrics metrics) {
        this(name, kind, dates, cumulativePnl, capitalInUse, trades, decisions, metrics, DataCoverage.NONE);
    }

    public VariantResult {
        dates = dates.clone();
        cumulativePnl = cumulativePnl.clone();
        capitalInUse = capitalInUse.clone();
        trades = List.copyOf(trades);
        decisions = List.copyOf(decisions);
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] cumulativePnl() {
        return cumulativePnl.clone();
    }

    @Override
    public double[] capitalInUse() {
        return capitalInUse.clone();
    }

    /** Each day's P&L ($): the mark-to-market change of the whole book that day. */
    public double[] dailyPnl() {
        return VariantMetrics.daily(cumulativePnl);
    }

    /** The equity of an account of the capital base: base + cumulative P&L ($). */
    public double[] equity() {
        double[] equity = new double[cumulativePnl.length];
        for (int d = 0; d < equity.length; d++) {
            equity[d] = metrics.capitalBase() + cumulativePnl[d];
        }
        return equity;
    }

    /**
     * The first day an account of the capital base would have been wiped out (equity at or below zero), or empty. The
     * replay carries on past it with the same size, so later figures say how much more than the account was lost.
     */
    public java.util.Optional<LocalDate> ruinDate() {
        double base = metrics.capitalBase();
        for (int d = 0; d < cumulativePnl.length; d++) {
            if (base + cumulativePnl[d] <= 0) {
                return java.util.Optional.of(dates[d]);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The largest fall of cumulative P&L from its running high (the start counts as a high of 0), in $ over the capital
     * base: the drawdown of a variant that never reinvests its profits, on the one capital figure that does not grow
     * with them (above 1: more than the account was lost).
     */
    public double maxDrawdownOnCapitalBase() {
        double high = 0;
        double worst = 0;
        for (double pnl : cumulativePnl) {
            high = Math.max(high, pnl);
            worst = Math.max(worst, high - pnl);
        }
        return metrics.capitalBase() > 0 ? worst / metrics.capitalBase() : Double.NaN;
    }

    /** The fall of equity from its running peak, as a fraction of the peak (0 at a new high, at most 1: wiped out). */
    public double[] drawdown() {
        double[] equity = equity();
        double[] drawdown = new double[equity.length];
        double peak = metrics.capitalBase();
        for (int d = 0; d < equity.length; d++) {
            peak = Math.max(peak, equity[d]);
            drawdown[d] = VariantMetrics.fallFromPeak(peak, equity[d]);
        }
        return drawdown;
    }
}
