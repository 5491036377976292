package org.condordesk.ui.format;

import java.util.regex.Pattern;

/**
 * What a trader must never read in the window (issue 27 §4): an enum constant's name (SAME_STRIKES), a JSON path
 * ({@code layers[0]}, {@code market.etfQuotes}), a CLI flag ({@code --max-size}) or a folder path ({@code /home/}).
 */
public final class WindowWords {

    static final Pattern INTERNALS = Pattern.compile(
            "\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|[a-z]+\\[\\d+]|\\b[a-z]+[A-Z][A-Za-z]*\\.[a-z]+[A-Za-z]*|\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*|--[a-z]|/[A-Za-z]+/");

    private WindowWords() {
    }

    /** True when {@code shown} holds any of the internals above. */
    public static boolean internals(String shown) {
        return INTERNALS.matcher(shown).find();
    }
}
