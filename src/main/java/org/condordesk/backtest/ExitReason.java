package org.condordesk.backtest;

/** Why a backtest trade ended: its condor settled, an exit rule fired, the account reached zero equity, or it is still open on the last day. */
public enum ExitReason { EXPIRY, TAKE_PROFIT, STOP_LOSS, DAYS_BEFORE_EXPIRY, ACCOUNT_WIPED_OUT, OPEN }
