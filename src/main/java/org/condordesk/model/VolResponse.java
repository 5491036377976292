package org.condordesk.model;

import java.util.Locale;

/**
 * How an SPX option's implied vol answers a move of spot VIX (docs/model.md §4): {@code PARALLEL} moves every
 * strike of a tenor by the same number of vol points, {@code PROPORTIONAL} by the same fraction of its own vol
 * (a level shift of log implied vol). Saved in the scenario as {@code parallel} / {@code proportional}.
 */
public enum VolResponse {
    PARALLEL, PROPORTIONAL;

    /** The name in scenario files and on the command line: {@code parallel}, {@code proportional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other choice: the model-risk figure shown next to every vega-neutral size. */
    public VolResponse other() {
        return this == PARALLEL ? PROPORTIONAL : PARALLEL;
    }
}
