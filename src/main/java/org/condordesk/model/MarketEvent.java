package org.condordesk.model;

import java.time.LocalDate;

/** A dated event from the scenario's calendar (FOMC decision, CPI or PPI print), marked on the charts. */
public record MarketEvent(LocalDate date, EventKind kind, String label) {

    public static final int MAX_LABEL_CHARS = Check.NAME_CHARS;

    public MarketEvent {
        Check.present("date", date);
        Check.present("kind", kind);
        Check.text("label", label, MAX_LABEL_CHARS);
    }
}
