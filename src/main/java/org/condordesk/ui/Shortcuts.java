package org.condordesk.ui;

/** The keyboard shortcuts, as Help › Keyboard shortcuts lists them (and docs/user-guide.md). */
final class Shortcuts {

    static final String TEXT = String.join("\n",
            "Ctrl+N  New scenario            Ctrl+O  Open…",
            "Ctrl+S  Save                    Ctrl+Shift+S  Save as…",
            "Ctrl+Shift+L  Save to Library…  Ctrl+Shift+O  Library…",
            "Ctrl+Shift+C  Option chain…",
            "Ctrl+Z  Undo                    Ctrl+Y / Ctrl+Shift+Z  Redo",
            "Ctrl+L  Add layer…              Ctrl+D  Duplicate layer",
            "Ctrl+Delete  Delete layer       Ctrl+R  Rename layer",
            "Ctrl+Shift+R  Rename scenario",
            "Ctrl+E  Make vega-neutral       Ctrl+0  Reset what-if",
            "Ctrl+.  Analysis date +1 day    Ctrl+,  Analysis date −1 day",
            "Ctrl+Shift+↑ / ↓  VIX shift ±1 point",
            "Ctrl+G  Signals and adaptive hedge window",
            "Ctrl+B  Backtest window (hedge variants on history, sweep)",
            "Ctrl+1…9  Legs, Layer greeks, Market, Vol model, Events, Notes, P&L by date, Trade log, Stress",
            "Ctrl+Shift+M  Mark live         Ctrl+Shift+X  Close leg or layer…",
            "Ctrl+Shift+J  Roll layer…       Ctrl+Shift+I  Import fills from broker…",
            "Ctrl+Shift+G  Export risk graph PNG    Ctrl+Shift+D  Export decay PNG",
            "Ctrl+Shift+E  Export analysis CSV      Ctrl+Shift+T  Dark / light theme",
            "F1  This list                   Ctrl+Q  Quit",
            "",
            "In tables: the arrows move the cell focus; type to replace a value, F2 or Enter to edit it,",
            "Enter commits, Esc cancels; Delete removes the selected leg.",
            "A refused value stays in the cell in red with the reason under it.",
            "",
            "Library window: Enter opens, Delete deletes, Ctrl+F search, Esc closes.");

    private Shortcuts() {
    }
}
