package org.condordesk.backtest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.math3.stat.StatUtils;
import org.condordesk.capital.Irr;

/**
 * A variant's figures (docs/backtest.md §results). The capital base is the most capital its open trades ever tied up
 * at once (Reg-T, docs/capital.md §1): an account of that size could have run the variant throughout, and every return
 * is on it. Daily returns are each day's P&L over the base; Sharpe and Sortino are annualised by √252 without a
 * risk-free deduction (the margin is taken to earn it as collateral). The IRR is that of every trade's flows (its
 * peak capital out at entry, back with its P&L at exit), set against the cost of capital. The max drawdown is the
 * largest fall of that account's equity (base + cumulative P&L) from a running peak, as a fraction of the peak capped
 * at 100 % (the account is wiped out; {@code maxDrawdownDollars} is not capped), and the annual return of an account
 * that lost all of it is −100 %.
 */
public record VariantMetrics(double capitalBase, double totalPnl, double totalReturn, double annualReturn, double irr,
                             double costOfCapital, double npv, double sharpe, double sortino, double maxDrawdown,
                             double maxDrawdownDollars, Optional<LocalDate> drawdownPeak,
                             Optional<LocalDate> drawdownTrough, Optional<LocalDate> drawdownRecovery, int trades,
                             double winRate, double worstTrade, Optional<LocalDate> worstTradeEntry,
                             double averageHedgeCostPerTrade, double totalCosts, Map<LocalDate, Double> stressPnl,
                             AccountMetrics account, Optional<LocalDate> stoppedOn) {

    public VariantMetrics {
        stressPnl = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stressPnl));
    }

    /** The IRR is shown only for a run shorter than a year: annualising years of fortnightly recycled capital says nothing. */
    static final double MAX_IRR_YEARS = 1;
    /** An IRR of 1 000 % or more (or −100 % … beyond) is not shown: the "never four-digit annualised IRRs". */
    static final double MAX_IRR = 10;

    private static final double TRADING_DAYS_PER_YEAR = 252;

    /** The metrics with the peak of {@code capitalInUse} as the capital base (the default account). */
    static VariantMetrics of(LocalDate[] dates, double[] cumulativePnl, double[] capitalInUse, List<TradeRecord> trades,
                             double costOfCapital, List<LocalDate> stressDays) {
        return of(dates, cumulativePnl, StatUtils.max(capitalInUse), trades, costOfCapital, stressDays, Optional.empty());
    }

    static VariantMetrics of(LocalDate[] dates, double[] cumulativePnl, double base, List<TradeRecord> trades,
                             double costOfCapital, List<LocalDate> stressDays, Optional<LocalDate> stoppedOn) {
        int n = dates.length;
        double total = cumulativePnl[n - 1];
        double[] daily = daily(cumulativePnl);
        double totalReturn = base > 0 ? total / base : Double.NaN;
        double years = ChronoUnit.DAYS.between(dates[0], dates[n - 1]) / 365.25;
        double annual = base <= 0 || years <= 0 ? Double.NaN
                : totalReturn <= -1 ? -1 : Math.expm1(Math.log1p(totalReturn) / years);
        double[] returns = new double[n];
        for (int d = 0; d < n; d++) {
            returns[d] = base > 0 ? daily[d] / base : Double.NaN;
        }
        Drawdown drawdown = Drawdown.of(dates, cumulativePnl, base);
        double[][] flows = flows(trades, dates[n - 1]);
        TradeStats stats = TradeStats.of(trades);
        Map<LocalDate, Double> stress = new LinkedHashMap<>();
        for (LocalDate day : stressDays) {
            int index = java.util.Arrays.binarySearch(dates, day);
            stress.put(day, index >= 0 ? daily[index] : Double.NaN);
        }
        double[] equity = new double[n];
        for (int d = 0; d < n; d++) {
            equity[d] = base + cumulativePnl[d];
        }
        double[] tradePnl = trades.stream().mapToDouble(TradeRecord::pnl).toArray();
        AccountMetrics account = n < 2 ? null : AccountMetrics.of(dates, equity, tradePnl);
        double irr = years < MAX_IRR_YEARS ? Irr.irr(flows[0], flows[1]) : Double.NaN;
        // Even inside a year, capital recycled every two weeks can annualise into four digits: not shown.
        irr = Math.abs(irr) < MAX_IRR ? irr : Double.NaN;
        return new VariantMetrics(base, total, totalReturn, annual, irr, costOfCapital,
                Irr.npv(costOfCapital, flows[0], flows[1]), sharpe(returns), sortino(returns), drawdown.fraction,
                drawdown.dollars, drawdown.peak, drawdown.trough, drawdown.recovery, trades.size(), stats.winRate,
                stats.worst, stats.worstEntry, stats.averageHedgeCost, stats.costs, stress, account, stoppedOn);
    }

    /** The same figures with {@code value} as the total costs (a shared hedge book's costs are in no trade). */
    VariantMetrics withTotalCosts(double value) {
        return new VariantMetrics(capitalBase, totalPnl, totalReturn, annualReturn, irr, costOfCapital, npv, sharpe,
                sortino, maxDrawdown, maxDrawdownDollars, drawdownPeak, drawdownTrough, drawdownRecovery, trades,
                winRate, worstTrade, worstTradeEntry, averageHedgeCostPerTrade, value, stressPnl, account, stoppedOn);
    }

    static double[] daily(double[] cumulative) {
        double[] daily = new double[cumulative.length];
        for (int d = 0; d < daily.length; d++) {
            daily[d] = cumulative[d] - (d == 0 ? 0 : cumulative[d - 1]);
        }
        return daily;
    }

    /** mean / sample standard deviation × √252. */
    static double sharpe(double[] returns) {
        double sd = Math.sqrt(StatUtils.variance(returns));
        return sd > 0 ? StatUtils.mean(returns) / sd * Math.sqrt(TRADING_DAYS_PER_YEAR) : Double.NaN;
    }

    /** mean / downside deviation √(mean of min(r, 0)²) × √252. */
    static double sortino(double[] returns) {
        double sumSquares = 0;
        for (double r : returns) {
            sumSquares += r < 0 ? r * r : 0;
        }
        double downside = Math.sqrt(sumSquares / returns.length);
        return downside > 0 ? StatUtils.mean(returns) / downside * Math.sqrt(TRADING_DAYS_PER_YEAR) : Double.NaN;
    }

    /** Dated flows {years since the first, amounts}: each trade's peak capital out at entry, back with its P&L. */
    static double[][] flows(List<TradeRecord> trades, LocalDate lastDay) {
        TreeMap<LocalDate, Double> byDate = new TreeMap<>();
        for (TradeRecord trade : trades) {
            byDate.merge(trade.entryDate(), -trade.capital(), Double::sum);
            byDate.merge(trade.exitDate().orElse(lastDay), trade.capital() + trade.pnl(), Double::sum);
        }
        double[] years = new double[byDate.size()];
        double[] amounts = new double[byDate.size()];
        int i = 0;
        LocalDate start = byDate.isEmpty() ? lastDay : byDate.firstKey();
        for (Map.Entry<LocalDate, Double> flow : byDate.entrySet()) {
            years[i] = ChronoUnit.DAYS.between(start, flow.getKey()) / 365.0;
            amounts[i++] = flow.getValue();
        }
        return new double[][] {years, amounts};
    }

    /**
     * The fall of {@code equity} from {@code peakEquity} as a fraction of the peak, at most 1: an account of the capital
     * base cannot lose more than all it holds, so 100 % means it was wiped out (the dollars say by how much more).
     */
    static double fallFromPeak(double peakEquity, double equity) {
        return peakEquity > 0 ? Math.min(1, (peakEquity - equity) / peakEquity) : 0;
    }

    /** The largest fall of equity (base + cumulative P&L) from a running peak (at most 100 %), with its dates. */
    private record Drawdown(double fraction, double dollars, Optional<LocalDate> peak, Optional<LocalDate> trough,
                            Optional<LocalDate> recovery) {

        static Drawdown of(LocalDate[] dates, double[] cumulative, double base) {
            double peakEquity = base;
            int peakDay = -1;
            double worst = 0;
            double worstDollars = 0;
            int worstPeak = -1;
            int worstTrough = -1;
            for (int d = 0; d < dates.length; d++) {
                double equity = base + cumulative[d];
                if (equity > peakEquity) {
                    peakEquity = equity;
                    peakDay = d;
                }
                double fall = fallFromPeak(peakEquity, equity);
                if (fall > worst || fall == worst && peakEquity - equity > worstDollars) {
                    worst = fall;
                    worstDollars = peakEquity - equity;
                    worstPeak = peakDay;
                    worstTrough = d;
                }
            }
            Optional<LocalDate> recovery = Optional.empty();
            if (worstTrough >= 0) {
                double target = base + (worstPeak < 0 ? 0 : cumulative[worstPeak]);
                for (int d = worstTrough + 1; d < dates.length && recovery.isEmpty(); d++) {
                    if (base + cumulative[d] >= target) {
                        recovery = Optional.of(dates[d]);
                    }
                }
            }
            // A fall from the start (no new high before it) peaks on the day before the first: the first day's date.
            Optional<LocalDate> peak = worstTrough < 0 ? Optional.empty() : Optional.of(dates[Math.max(0, worstPeak)]);
            Optional<LocalDate> trough = worstTrough < 0 ? Optional.empty() : Optional.of(dates[worstTrough]);
            return new Drawdown(worst, worstDollars, peak, trough, recovery);
        }
    }

    /** Win rate over closed trades, the worst trade, the mean hedge cost and the costs paid. */
    private record TradeStats(double winRate, double worst, Optional<LocalDate> worstEntry, double averageHedgeCost,
                              double costs) {

        static TradeStats of(List<TradeRecord> trades) {
            int closed = 0;
            int wins = 0;
            double worst = Double.NaN;
            Optional<LocalDate> worstEntry = Optional.empty();
            double hedgeCost = 0;
            double costs = 0;
            for (TradeRecord trade : trades) {
                if (trade.exitReason() != ExitReason.OPEN) {
                    closed++;
                    wins += trade.pnl() > 0 ? 1 : 0;
                }
                if (Double.isNaN(worst) || trade.pnl() < worst) {
                    worst = trade.pnl();
                    worstEntry = Optional.of(trade.entryDate());
                }
                hedgeCost += trade.hedgeCost();
                costs += trade.costs();
            }
            return new TradeStats(closed == 0 ? Double.NaN : (double) wins / closed, worst, worstEntry,
                    trades.isEmpty() ? Double.NaN : hedgeCost / trades.size(), costs);
        }
    }
}
