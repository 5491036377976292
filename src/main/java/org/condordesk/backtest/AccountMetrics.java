package org.condordesk.backtest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import org.apache.commons.math3.stat.StatUtils;

/**
 * The figures of an account's equity curve and its trades' P&L (docs/backtest.md §3), a pure function any run can
 * reuse (issue 30 builds bootstrap intervals on it). Equity is the account's value each day (the capital base plus
 * the cumulative P&L); its daily returns are Eᵈ/Eᵈ⁻¹ − 1 while the previous equity is positive.
 * <ul>
 * <li>CAGR = (E_last/E_first)^(1/years) − 1 over calendar years of 365.25 days; −100 % once equity reaches zero;</li>
 * <li>volatility = sample standard deviation of daily returns × √252; Sharpe = mean/sd × √252 (no risk-free
 * deduction: the margin earns it as collateral); Sortino = mean/√(mean of min(r, 0)²) × √252;</li>
 * <li>max drawdown: the largest fall of equity from a running peak, as a fraction of the peak (at most 100 %), with
 * the peak and trough dates; Calmar = CAGR / max drawdown;</li>
 * <li>worst month: the lowest calendar-month return of month-end equity;</li>
 * <li>CVaR 95 % of trade P&L: the mean of the worst ⌈5 % × trades⌉ trade P&Ls ($); win rate over trades; average
 * win and average loss ($).</li>
 * </ul>
 */
public record AccountMetrics(double cagr, double volatility, double sharpe, double sortino, double maxDrawdown,
                             Optional<LocalDate> drawdownPeak, Optional<LocalDate> drawdownTrough, double calmar,
                             double worstMonth, Optional<YearMonth> worstMonthOf, double cvar95TradePnl,
                             double winRate, double averageWin, double averageLoss) {

    static final double TRADING_DAYS_PER_YEAR = 252;
    static final double TAIL = 0.05;

    /** The metrics of {@code equity} on {@code dates} (same length, at least two days) and of {@code tradePnl} ($). */
    public static AccountMetrics of(LocalDate[] dates, double[] equity, double[] tradePnl) {
        if (dates.length != equity.length || dates.length < 2) {
            throw new IllegalArgumentException("needs one equity value per date, at least two days");
        }
        int n = equity.length;
        double years = ChronoUnit.DAYS.between(dates[0], dates[n - 1]) / 365.25;
        double cagr = equity[0] <= 0 ? Double.NaN : equity[n - 1] <= 0 ? -1
                : Math.pow(equity[n - 1] / equity[0], 1 / years) - 1;
        double[] returns = returns(equity);
        double sd = returns.length > 1 ? Math.sqrt(StatUtils.variance(returns)) : Double.NaN;
        double mean = returns.length > 0 ? StatUtils.mean(returns) : Double.NaN;
        double downside = 0;
        for (double r : returns) {
            downside += r < 0 ? r * r : 0;
        }
        downside = returns.length > 0 ? Math.sqrt(downside / returns.length) : Double.NaN;
        double root = Math.sqrt(TRADING_DAYS_PER_YEAR);
        int[] drawdown = drawdown(equity);
        double maxDrawdown = drawdown[1] < 0 ? 0 : fall(equity[drawdown[0]], equity[drawdown[1]]);
        double[] month = worstMonth(dates, equity);
        double[] trades = tradePnl.clone();
        Arrays.sort(trades);
        return new AccountMetrics(cagr, sd * root, sd > 0 ? mean / sd * root : Double.NaN,
                downside > 0 ? mean / downside * root : Double.NaN, maxDrawdown,
                drawdown[1] < 0 ? Optional.empty() : Optional.of(dates[drawdown[0]]),
                drawdown[1] < 0 ? Optional.empty() : Optional.of(dates[drawdown[1]]),
                maxDrawdown > 0 ? cagr / maxDrawdown : Double.NaN, month[0],
                Double.isNaN(month[0]) ? Optional.empty() : Optional.of(YearMonth.from(dates[(int) month[1]])),
                cvar(trades), fraction(trades, true), average(trades, true), average(trades, false));
    }

    private static double[] returns(double[] equity) {
        double[] out = new double[equity.length - 1];
        int count = 0;
        for (int d = 1; d < equity.length; d++) {
            if (equity[d - 1] > 0) {
                out[count++] = Math.max(equity[d], 0) / equity[d - 1] - 1;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static double fall(double peak, double value) {
        return peak > 0 ? Math.min(1, (peak - value) / peak) : 0;
    }

    /** {peak index, trough index} of the largest fall; trough −1 when equity never falls. */
    private static int[] drawdown(double[] equity) {
        int peak = 0;
        int worstPeak = 0;
        int worstTrough = -1;
        double worst = 0;
        for (int d = 0; d < equity.length; d++) {
            if (equity[d] > equity[peak]) {
                peak = d;
            }
            double fall = fall(equity[peak], equity[d]);
            if (fall > worst) {
                worst = fall;
                worstPeak = peak;
                worstTrough = d;
            }
        }
        return new int[] {worstPeak, worstTrough};
    }

    /** {lowest month-end return, index of that month's last day}; NaN when the window has no whole month step. */
    private static double[] worstMonth(LocalDate[] dates, double[] equity) {
        double worst = Double.NaN;
        int at = -1;
        double previous = equity[0];
        for (int d = 1; d < dates.length; d++) {
            boolean monthEnd = d == dates.length - 1 || dates[d + 1].getMonthValue() != dates[d].getMonthValue();
            if (monthEnd) {
                double r = previous > 0 ? Math.max(equity[d], 0) / previous - 1 : Double.NaN;
                if (!Double.isNaN(r) && (Double.isNaN(worst) || r < worst)) {
                    worst = r;
                    at = d;
                }
                previous = equity[d];
            }
        }
        return new double[] {worst, at};
    }

    /** Mean of the worst ⌈5 %·n⌉ of the sorted trade P&Ls. */
    static double cvar(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int tail = (int) Math.ceil(TAIL * sorted.length);
        return StatUtils.mean(sorted, 0, tail);
    }

    private static double fraction(double[] trades, boolean wins) {
        if (trades.length == 0) {
            return Double.NaN;
        }
        return Arrays.stream(trades).filter(p -> wins ? p > 0 : p <= 0).count() / (double) trades.length;
    }

    private static double average(double[] trades, boolean wins) {
        return Arrays.stream(trades).filter(p -> wins ? p > 0 : p <= 0).average().orElse(Double.NaN);
    }
}
