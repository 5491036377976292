package org.condordesk.ui.edit;

/** The editable cells of a leg row; implied vol is typed in percent and stored as a decimal. */
public enum LegField {
    RIGHT("right"), STRIKE("strike"), EXPIRY("expiry"), SETTLEMENT("AM/PM"), QUANTITY("quantity"),
    ENTRY_PRICE("entry price"), BID("bid"), ASK("ask"), IMPLIED_VOL_PCT("implied vol");

    private final String label;

    LegField(String label) {
        this.label = label;
    }

    /** The field in words, as the Undo menu names the edit: "Undo change strike". */
    public String label() {
        return label;
    }
}
