package org.condordesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

/**
 * The application stylesheet parses without a single error: JavaFX's parser only logs a syntax error (a missing
 * brace once swallowed the rules after it) and carries on, so nothing else would notice.
 */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws IOException {
        URL css = CondorDeskApp.class.getResource("condordesk.css");
        assertNotNull(css, "condordesk.css is on the class path");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, "CSS parse errors");
        // Every rule the file holds made it into the sheet: as many rules as top-level opening braces (the file has
        // no @media or nested blocks; a rule with a comma-separated selector list is still one rule).
        String text = new String(css.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        long braces = text.chars().filter(c -> c == '{').count();
        assertEquals(braces, sheet.getRules().size(), "rules parsed");
    }
}
