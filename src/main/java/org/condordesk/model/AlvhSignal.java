package org.condordesk.model;

/**
 * The daily readings an ALVH rule can test (docs/signals.md defines each). Boolean readings (divergences) are
 * 1 when active, 0 when not; a reading with no data that day (VIX3M before 2009, no A/D file) is missing.
 */
public enum AlvhSignal {
    /** SPX close, index points. */
    SPX(false),
    /** MACD(12,26) line: EMA12 − EMA26 of SPX closes, index points. */
    MACD(false),
    /** EMA9 of the MACD line. */
    MACD_SIGNAL(false),
    /** MACD line − signal line. */
    MACD_HISTOGRAM(false),
    /** Wilder RSI(14) of SPX closes, 0–100. */
    RSI(false),
    /** SPX close / SMA200 of SPX closes. */
    SPX_OVER_SMA200(false),
    /** SPX close / EMA20 of SPX closes. */
    SPX_OVER_EMA20(false),
    /** Realised vol of SPX over 20 days, annualised, vol points. */
    REALISED_VOL_20(false),
    /** VIX close, vol points. */
    VIX(false),
    /** VIX close − 20-day realised vol, vol points (the variance risk premium). */
    VIX_MINUS_REALISED_VOL(false),
    /** VIX3M close, vol points. */
    VIX3M(false),
    /** VIX / VIX3M: below 1 contango, above 1 backwardation. */
    VIX_TERM_RATIO(false),
    /** The Advance–Decline line (cumulative advancers − decliners). */
    AD_LINE(false),
    BEARISH_MACD_DIVERGENCE(true),
    BEARISH_RSI_DIVERGENCE(true),
    BEARISH_AD_DIVERGENCE(true),
    /** Any of the three bearish divergences. */
    BEARISH_DIVERGENCE(true),
    BULLISH_MACD_DIVERGENCE(true),
    BULLISH_RSI_DIVERGENCE(true),
    BULLISH_AD_DIVERGENCE(true),
    /** Any of the three bullish divergences. */
    BULLISH_DIVERGENCE(true);

    private final boolean flag;

    AlvhSignal(boolean flag) {
        this.flag = flag;
    }

    /** True for the on/off readings tested with IS_TRUE / IS_FALSE. */
    public boolean isFlag() {
        return flag;
    }
}
