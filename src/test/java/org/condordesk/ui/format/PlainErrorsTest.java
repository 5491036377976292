package org.condordesk.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.Fixtures;
import org.condordesk.model.Leg;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.edit.LegField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainErrorsTest {

    @Test
    void aTypedQuantityThatIsNoWholeNumberReadsAsTheTraderSaysIt() {
        Leg shortPut = Fixtures.hedged().layers().get(0).legs().get(1);
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> LegEdits.apply(shortPut, LegField.QUANTITY, "abc"));
        // The path the CLI would print stays on the exception; the window's words name the column.
        assertThat(e.under("layers[0].legs[1]").getMessage()).startsWith("layers[0].legs[1].quantity: ");
        assertThat(PlainErrors.of(e.under("layers[0].legs[1]")))
                .isEqualTo("Quantity must be a whole number, got 'abc'");
        assertThat(PlainErrors.of(catchValidation(() -> LegEdits.apply(shortPut, LegField.QUANTITY, "2.5"))))
                .isEqualTo("Quantity must be a whole number within ±" + Leg.MAX_QUANTITY + ", got '2.5'");
    }

    private static ValidationException catchValidation(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class, call);
    }

    @Test
    void notANumberBecomesMustBeANumber() {
        assertThat(PlainErrors.of(new ValidationException("layers[0].legs[1].strike", "is not a number: '7x'")))
                .isEqualTo("Strike must be a number, got '7x'");
        assertThat(PlainErrors.of(new ValidationException("expiry", "is not a date like 2026-12-09: 'friday'")))
                .isEqualTo("Expiry must be a date like 2026-12-09, got 'friday'");
    }

    @Test
    void listRowsAreNamedByTheirPlaceCountingFromOne() {
        assertThat(PlainErrors.of(new ValidationException("market.vixFutures[2].price", "must be > 0, got -1")))
                .isEqualTo("VIX future 3 price must be > 0, got -1");
        assertThat(PlainErrors.of(new ValidationException("vixFutures[0]", "duplicate expiry 2026-12-16")))
                .isEqualTo("VIX future 1 duplicate expiry 2026-12-16");
    }

    @Test
    void unknownFieldsAreSpelledOutFromTheirCamelCase() {
        assertThat(PlainErrors.of(new ValidationException("model.someNewField", "must be > 0, got 0")))
                .isEqualTo("Some new field must be > 0, got 0");
        assertThat(PlainErrors.of(new ValidationException("", "the SPX range is empty"))).isEqualTo("The SPX range is empty");
    }

    @Test
    void labelsInsideASentenceKeepTheirAcronyms() {
        assertThat(PlainErrors.inSentence("Entry price")).isEqualTo("entry price");
        assertThat(PlainErrors.inSentence("VIX3M")).isEqualTo("VIX3M");
        assertThat(PlainErrors.inSentence("SPX spot")).isEqualTo("SPX spot");
    }

    @Test
    void aReasonThatIsASentenceOfItsOwnIsShownAlone() {
        assertThat(PlainErrors.of(new ValidationException("alvh.targetLayer", "the scenario has no hedge layer for the rules to size")))
                .isEqualTo("The scenario has no hedge layer for the rules to size");
        assertThat(PlainErrors.of(new ValidationException("layers[0].legs[0].expiry", "settled at 2026-11-20T16:00, before the valuation time")))
                .isEqualTo("Expiry settled at 2026-11-20T16:00, before the valuation time");
    }

    @Test
    void aFilesErrorLosesTheFileAndJsonPathButKeepsTheFieldInWords(@TempDir java.nio.file.Path dir) throws Exception {
        // A scenario whose first leg has quantity "abc": the file reader names the file and the JSON path
        // (the reader itself, not a hand-built exception), the window only the field, as the issue asks.
        java.nio.file.Path file = sampleWith(dir, "\"quantity\"\\s*:\\s*-?\\d+", "\"quantity\": \"abc\"");
        ValidationException e = catchValidation(() -> org.condordesk.store.json.ScenarioJson.read(file));
        assertThat(e.getMessage()).contains(file.toString()).contains("quantity");
        String plain = PlainErrors.ofFile(file, e);
        assertThat(plain).startsWith("Quantity").doesNotContain(file.toString()).doesNotContain("layers[").doesNotContain("legs[");
        // A file-level reason stands alone: the dialog's header already names the file.
        java.nio.file.Path missing = java.nio.file.Path.of("/nonexistent/a.json");
        assertThat(PlainErrors.ofFile(missing, new ValidationException(missing.toString(), "no such file"))).isEqualTo("No such file");
    }

    @Test
    void anEnumFieldRefusedByTheFileReaderListsItsChoicesInWords(@TempDir java.nio.file.Path dir) throws Exception {
        // The sample with its first instrument spelled "spx option": the real reader refuses it with the
        // enum's constants (SPX_OPTION, VIX_FUTURE, ...); the window lists them in words and names the field.
        java.nio.file.Path file = sampleWith(dir, "\"SPX_OPTION\"", "\"spx option\"");
        ValidationException e = catchValidation(() -> org.condordesk.store.json.ScenarioJson.read(file));
        assertThat(e.getMessage()).contains("SPX_OPTION").contains("instrument");
        String plain = PlainErrors.ofFile(file, e);
        // By hand from InstrumentKind's five constants, lower case with spaces.
        assertThat(plain).isEqualTo("Instrument must be one of spx option, vix future, vix option, vix etf, "
                + "vix etf option, got \"spx option\"");
        assertThat(WindowWords.internals(plain)).isFalse();
    }

    /** The bundled sample scenario with the first match of {@code regex} replaced, written into {@code dir}. */
    private java.nio.file.Path sampleWith(java.nio.file.Path dir, String regex, String replacement) throws java.io.IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("/samples/condor-vix-hedge.json")) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return java.nio.file.Files.writeString(dir.resolve("plain.json"), json.replaceFirst(regex, replacement));
        }
    }

    @Test
    void aBackgroundJobsOneLineLosesItsPathOrFlag() {
        // The lines the workers hand over: ValidationException messages "path: reason" (StrategyMargin's, the
        // optimizer's) and one with no path whose reason holds colons of its own.
        assertThat(PlainErrors.ofMessage(new ValidationException("market.etfQuotes",
                "no price for VXX: its uncovered short options cannot be margined").getMessage()))
                .isEqualTo("No price for VXX: its uncovered short options cannot be margined");
        assertThat(PlainErrors.ofMessage(new ValidationException("layers[1].legs[0].strike", "must be > 0, got -5").getMessage()))
                .isEqualTo("Strike must be > 0, got -5");
        assertThat(PlainErrors.ofMessage(new ValidationException("--max-size", "must be at most 1000").getMessage()))
                .isEqualTo("Search bound must be at most 1000");
        assertThat(PlainErrors.ofMessage("no price for VXX: cannot be margined")).isEqualTo("No price for VXX: cannot be margined");
        assertThat(PlainErrors.ofMessage("roll mode SAME_DELTAS needs a delta")).isEqualTo("Roll mode same deltas needs a delta");
    }
}
