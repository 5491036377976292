package org.condordesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.condordesk.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Text fields hold text (issue 14 item 11): no control characters a terminal would act on, no unpaired
 * surrogates, lengths counted in characters (code points), not UTF-16 units.
 */
class TextFieldTest {

    private static final Scenario SCENARIO = Fixtures.hedged();

    @Test
    void escapeAndBellAreRefusedInNamesLabelsAndTags() {
        assertThatThrownBy(() -> SCENARIO.withName("SPX \u001B]0;pwned\u0007"))
                .hasMessage("name: must not contain control characters (U+001B at character 5)");
        assertThatThrownBy(() -> Layer.of("bell\u0007", LayerRole.CORE, java.util.List.of()))
                .hasMessage("name: must not contain control characters (U+0007 at character 5)");
        assertThatThrownBy(() -> SCENARIO.withTags(java.util.List.of("ok", "csi\u009B2J")))
                .hasMessage("tags[1]: must not contain control characters (U+009B at character 4)");
        assertThatThrownBy(() -> SCENARIO.withName("line\nbreak")).hasMessageContaining("U+000A");
    }

    @Test
    void notesKeepLineFeedsAndTabsButNotOtherControls() {
        assertThat(SCENARIO.withNotes("line one\n\tline two").notes()).isEqualTo("line one\n\tline two");
        assertThatThrownBy(() -> SCENARIO.withNotes("ring\u0007bell"))
                .hasMessage("notes: must not contain control characters (U+0007 at character 5); only line feeds and tabs are allowed");
    }

    @Test
    void notesWithWindowsOrLoneCarriageReturnsKeepTheirLinesAsLineFeeds() {
        // A CRLF note (typed on Windows, pasted from a CRLF file) must still load: it loses nothing but the CR.
        assertThat(SCENARIO.withNotes("first\r\nsecond").notes()).isEqualTo("first\nsecond");
        // A lone CR would return a terminal's cursor to the line start and overwrite it: it becomes a new line.
        assertThat(SCENARIO.withNotes("over\rwrite").notes()).isEqualTo("over\nwrite");
    }

    @Test
    void anUnpairedSurrogateIsNotUnicodeAndIsRefused() {
        // Before, the library's UTF-8 column silently turned it into "?SPX…".
        assertThatThrownBy(() -> SCENARIO.withName("\uD800SPX condor"))
                .hasMessage("name: contains an unpaired surrogate (U+D800 at character 1): not valid Unicode");
        assertThat(SCENARIO.withName("\uD83E\uDD85 eagle").name()).isEqualTo("🦅 eagle");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        // 200 eagles are 200 characters but 400 UTF-16 units: the limit is 200 characters.
        String eagles = "🦅".repeat(Scenario.MAX_NAME_CHARS);
        assertThat(eagles.length()).isEqualTo(2 * Scenario.MAX_NAME_CHARS);
        assertThat(SCENARIO.withName(eagles).name()).isEqualTo(eagles);
        assertThatThrownBy(() -> SCENARIO.withName(eagles + "🦅")).hasMessage("name: is longer than 200 characters");
        assertThat(Layer.shortened("🦅".repeat(100))).isEqualTo("🦅".repeat(Layer.MAX_NAME_CHARS));
    }
}
