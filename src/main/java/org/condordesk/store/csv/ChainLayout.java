package org.condordesk.store.csv;

/** The chain file layouts CondorDesk reads (docs/formats.md). */
public enum ChainLayout {
    /** Cboe's delayed-quotes option chain download: calls and puts side by side per strike. */
    CBOE_QUOTE_TABLE,
    /** One quote per row: {@code underlying,quote_time,expiration,strike,right,bid,ask[,last,volume,open_interest]}. */
    LONG,
    /** Cboe's delayed-quotes JSON ({@code cdn.cboe.com/api/global/delayed_quotes/options/_SPX.json}), docs/formats.md. */
    CBOE_DELAYED_JSON
}
