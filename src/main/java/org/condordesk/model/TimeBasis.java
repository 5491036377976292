package org.condordesk.model;

import java.util.Locale;

/**
 * The clock option variance runs on (docs/model.md §2): {@code CALENDAR} counts every day alike; {@code TRADING}
 * lets a weekend day or exchange holiday carry only a fraction of a trading day's variance. Saved in the
 * scenario as {@code calendar} / {@code trading}.
 */
public enum TimeBasis {
    CALENDAR, TRADING;

    /** The name in scenario files: {@code calendar}, {@code trading}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
