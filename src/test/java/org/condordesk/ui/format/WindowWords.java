package org.condordesk.ui.format;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.condordesk.model.LayerRole;

/**
 * What a trader must never read in the window (issue 27 §4): an enum constant's name (SAME_STRIKES), a JSON path
 * ({@code layers[0]}, {@code market.etfQuotes}), a CLI flag ({@code --max-size}) or a folder path ({@code /home/}),
 * nor a layer role as the enum spells it ("no HEDGE layer": one word, no underscore, so the first pattern misses it).
 */
public final class WindowWords {

    static final Pattern INTERNALS = Pattern.compile(
            "\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|[a-z]+\\[\\d+]|\\b[a-z]+[A-Z][A-Za-z]*\\.[a-z]+[A-Za-z]*|\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*|--[a-z]|/[A-Za-z]+/");

    /** {@link LayerRole}'s constants as the code spells them (CORE, HEDGE); the window says "core", "hedge". */
    static final Pattern ROLE_NAMES = Pattern.compile(Arrays.stream(LayerRole.values()).map(LayerRole::name)
            .collect(Collectors.joining("|", "\\b(?:", ")\\b")));

    private WindowWords() {
    }

    /** True when {@code shown} holds any of the internals above. */
    public static boolean internals(String shown) {
        return INTERNALS.matcher(shown).find() || ROLE_NAMES.matcher(shown).find();
    }
}
