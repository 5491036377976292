package org.condordesk.backtest;

/**
 * Cboe's option-selling benchmark indices as CondorDesk replays them (docs/backtest.md §7), with their published rules:
 * <ul>
 * <li>PUT: sells a one-month at-the-money SPX put each standard (third-Friday) expiry, collateralised by T-bills that
 * cover the strike ("the number of puts sold … is limited so that the amount held in Treasury Bills can finance the
 * maximum possible loss", cboe.com/PUT);</li>
 * <li>WPUT: the same with one-week SPXW puts rolled every Friday (data from January 2006);</li>
 * <li>BXM: long the S&P 500 (with dividends) and short a one-month SPX call struck just above the index (cboe.com/BXM);</li>
 * <li>CNDR: short the ~20-delta put and call, long the ~5-delta put and call, monthly, over one-month T-bills
 * (Cboe Insights, "Volatility management with Cboe's BFLY and CNDR indices", 2021);</li>
 * <li>BFLY: short the at-the-money straddle, long the 5 % out-of-the-money put and call, monthly; "the Treasury bills
 * cover ten times the maximum loss" (cboe.com/BFLY).</li>
 * </ul>
 * CNDR's sizing is taken to follow BFLY's sentence (Cboe's CNDR page repeats it): T-bills of ten times the maximum loss.
 */
public enum Benchmark {
    PUT(false), WPUT(true), BXM(false), CNDR(false), BFLY(false);

    /** Cboe's spreads are sized so the T-bills cover this many times their maximum loss. */
    static final double SPREAD_COVER = 10;
    static final double CNDR_SHORT_DELTA = 0.20;
    static final double CNDR_LONG_DELTA = 0.05;
    static final double BFLY_WING = 0.05;

    private final boolean weekly;

    Benchmark(boolean weekly) {
        this.weekly = weekly;
    }

    /** True when it rolls every week (SPXW Friday expiries), false for the standard monthly expiry. */
    public boolean weekly() {
        return weekly;
    }
}
