package org.condordesk.model;

/** The kinds of instrument CondorDesk values; the names are the {@code instrument} values of scenario files. */
public enum InstrumentKind {
    SPX_OPTION, VIX_FUTURE, VIX_OPTION, VIX_ETF, VIX_ETF_OPTION
}
