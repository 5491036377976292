package org.condordesk.ui;

import javafx.scene.input.KeyCode;

/** The tabs under the charts, in order, with the node id tests look them up by and the Ctrl+digit that shows each. */
public enum EditorTab {
    LEGS("tabLegs", "Legs", KeyCode.DIGIT1),
    LAYER_GREEKS("tabGreeks", "Layer greeks", KeyCode.DIGIT2),
    MARKET("tabMarket", "Market", KeyCode.DIGIT3),
    VOL_MODEL("tabModel", "Vol model", KeyCode.DIGIT4),
    EVENTS("tabEvents", "Events", KeyCode.DIGIT5),
    NOTES("tabNotes", "Notes", KeyCode.DIGIT6),
    PNL_TABLE("tabPnlTable", "P&L by date", KeyCode.DIGIT7),
    TRADE_LOG("tabTradeLog", "Trade log", KeyCode.DIGIT8),
    STRESS("tabStress", "Stress", KeyCode.DIGIT9);

    private final String id;
    private final String title;
    private final KeyCode key;

    EditorTab(String id, String title, KeyCode key) {
        this.id = id;
        this.title = title;
        this.key = key;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The digit that, with Ctrl (⌘), shows this tab. */
    public KeyCode key() {
        return key;
    }
}
