package org.condordesk.ui.vm;

/** The editable cells of a leg row; implied vol is typed in percent and stored as a decimal. */
public enum LegField {
    RIGHT, STRIKE, EXPIRY, SETTLEMENT, QUANTITY, ENTRY_PRICE, BID, ASK, IMPLIED_VOL_PCT
}
