package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per class of bad input: each asserts the exact JSON path (and reason) of the one-line message. */
class ScenarioJsonErrorTest {

    private static ValidationException rejection(String json) {
        try {
            ScenarioJson.parse(json);
        } catch (ValidationException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static ValidationException rejection(SampleEdits edits) {
        return rejection(edits.json());
    }

    @Test
    void stringWhereANumberBelongsNamesTheField() {
        ValidationException e = rejection(SampleEdits.hedged().set("/layers/0/legs/0/strike", "\"7275\""));

        assertThat(e.getMessage()).isEqualTo("layers[0].legs[0].strike: must be a number, got text \"7275\"");
    }

    @ParameterizedTest
    @CsvSource({"10.5", "10.0", "1e1"})
    void fractionalOrFloatQuantityIsRefused(String quantity) {
        ValidationException e = rejection(SampleEdits.hedged().set("/layers/1/legs/1/quantity", quantity));

        assertThat(e.path()).isEqualTo("layers[1].legs[1].quantity");
        assertThat(e.reason()).startsWith("must be a whole number, got ");
    }

    @Test
    void quantityBeyondIntRangeIsOutOfRange() {
        ValidationException e = rejection(SampleEdits.hedged().set("/layers/0/legs/0/quantity", "30000000000"));

        assertThat(e.getMessage()).isEqualTo("layers[0].legs[0].quantity: is out of range: 30000000000");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertThat(rejection(SampleEdits.hedged().remove("/market/vixSpot")).getMessage())
                .isEqualTo("market.vixSpot: is missing");
        assertThat(rejection(SampleEdits.hedged().remove("/layers/2/legs/0/entryPrice")).getMessage())
                .isEqualTo("layers[2].legs[0].entryPrice: is missing");
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void nonNumericNumbersAreRejectedByTheParser(String token) {
        String json = SampleEdits.text(SampleEdits.HEDGED).replace("\"spxSpot\": 7600.0", "\"spxSpot\": " + token);

        ValidationException e = rejection(json);

        assertThat(e.path()).isEqualTo("market.spxSpot");
        assertThat(e.reason()).startsWith("invalid JSON at line 8, column ");
    }

    @Test
    void numberTooLargeForADoubleIsOutOfRange() {
        ValidationException e = rejection(SampleEdits.text(SampleEdits.HEDGED).replace("\"vixSpot\": 16.4", "\"vixSpot\": 1e999"));

        assertThat(e.getMessage()).isEqualTo("market.vixSpot: is out of range for a number: Infinity");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertThat(rejection(SampleEdits.hedged().set("/layers/1/role", "\"COLLAR\"")).getMessage())
                .isEqualTo("layers[1].role: unknown value \"COLLAR\" (allowed: CORE, HEDGE)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/3/instrument", "\"SPX_FUTURE\"")).getMessage())
                .isEqualTo("layers[0].legs[3].instrument: unknown value \"SPX_FUTURE\" "
                        + "(allowed: SPX_OPTION, VIX_FUTURE, VIX_OPTION, VIX_ETF, VIX_ETF_OPTION)");
        assertThat(rejection(SampleEdits.hedged().set("/events/1/kind", "\"cpi\"")).path()).isEqualTo("events[1].kind");
    }

    @Test
    void unknownFieldIsATypoNotSilence() {
        ValidationException e = rejection(SampleEdits.hedged().set("/layers/0/legs/2/strke", "7800"));

        assertThat(e.getMessage()).isEqualTo("layers[0].legs[2].strke: unknown field for a SPX_OPTION leg (allowed: "
                + "instrument, right, strike, expiry, settlement, quantity, entryPrice, bid, ask, impliedVol)");
        assertThat(rejection(SampleEdits.hedged().set("/market/smile/skew", "0.1")).path()).isEqualTo("market.smile.skew");
        assertThat(rejection(SampleEdits.hedged().set("/tagz", "[]")).path()).isEqualTo("tagz");
    }

    @Test
    void fieldOfAnotherInstrumentKindIsUnknown() {
        ValidationException e = rejection(SampleEdits.hedged().set("/layers/2/legs/0/settlement", "\"PM\""));

        assertThat(e.path()).isEqualTo("layers[2].legs[0].settlement");
        assertThat(e.reason()).startsWith("unknown field for a VIX_FUTURE leg");
    }

    @Test
    void polymorphicTypeHintIsJustAnUnknownField() {
        // The reader walks a tree and never instantiates classes named by the input (no default typing).
        ValidationException e = rejection(SampleEdits.hedged()
                .set("/market/@class", "\"java.net.URL\"")
                .set("/market/spxSpot", "[\"java.net.URL\", \"http://example.invalid\"]"));

        assertThat(e.getMessage()).startsWith("market.@class: unknown field for market");
    }

    @Test
    void duplicateKeyIsRefusedWithItsPath() {
        String json = SampleEdits.text(SampleEdits.HEDGED).replace("\"vixSpot\": 16.4,", "\"vixSpot\": 16.4, \"vixSpot\": 40,");

        ValidationException e = rejection(json);

        assertThat(e.path()).isEqualTo("market.vixSpot");
        assertThat(e.reason()).contains("Duplicate field 'vixSpot'");
    }

    @Test
    void trailingGarbageAfterTheObjectIsRefused() {
        ValidationException e = rejection(SampleEdits.text(SampleEdits.HEDGED) + "\n{\"name\": \"second\"}");

        assertThat(e.path()).isEmpty();
        // The sample ends with a line feed after its last line; the appended "\n{" leaves one empty line and puts
        // the second object on the line after it.
        long lines = SampleEdits.text(SampleEdits.HEDGED).lines().count();
        assertThat(e.reason()).isEqualTo("invalid JSON at line " + (lines + 2)
                + ", column 1: unexpected content after the end of the scenario object");
    }

    @Test
    void numbersOutOfTheModelsRangeNameTheirPath() {
        assertThat(rejection(SampleEdits.hedged().set("/market/vixSpot", "1000")).getMessage())
                .isEqualTo("market.vixSpot: must be between 1 and 300, got 1000");
        assertThat(rejection(SampleEdits.hedged().set("/layers/1/legs/0/strike", "-5")).getMessage())
                .isEqualTo("layers[1].legs[0].strike: must be > 0, got -5");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/0/impliedVol", "19")).getMessage())
                .startsWith("layers[0].legs[0].impliedVol: must be > 0 and <= 5 (a decimal: 0.15 = 15%)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/0/quantity", "0")).getMessage())
                .isEqualTo("layers[0].legs[0].quantity: must not be 0");
        assertThat(rejection(SampleEdits.hedged().set("/model/spotVol/scale", "2")).getMessage())
                .isEqualTo("model.spotVol.scale: must be between 0 and 1.5, got 2");
        assertThat(rejection(SampleEdits.hedged().set("/model/futuresBetas",
                "[{\"days\": 0, \"beta\": 1}, {\"days\": 30, \"beta\": 0.5}, {\"days\": 10, \"beta\": 0.4}]")).getMessage())
                .isEqualTo("model.futuresBetas[2].days: must increase from one entry to the next");
        assertThat(rejection(SampleEdits.hedged().set("/model/nonTradingDayVariance", "1.5")).getMessage())
                .isEqualTo("model.nonTradingDayVariance: must be between 0 and 1, got 1.5");
        assertThat(rejection(SampleEdits.hedged().set("/model/volResponse", "\"PARALLEL\"")).getMessage())
                .isEqualTo("model.volResponse: unknown value \"PARALLEL\" (allowed: parallel, proportional)");
        assertThat(rejection(SampleEdits.hedged().set("/model/timeBasis", "\"business\"")).getMessage())
                .isEqualTo("model.timeBasis: unknown value \"business\" (allowed: calendar, trading)");
        assertThat(rejection(SampleEdits.hedged().set("/model/futuresBetas", "[]")).getMessage())
                .startsWith("model.futuresBetas: needs at least one tenor; leave the field out");
        assertThat(rejection(SampleEdits.hedged().set("/market/vixFutures/1/price", "0")).getMessage())
                .isEqualTo("market.vixFutures[1].price: must be between 0.01 and 500, got 0");
    }

    @Test
    void datesInTheWrongFormatShowAnExample() {
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/1/expiry", "\"12/09/2026\"")).getMessage())
                .isEqualTo("layers[0].legs[1].expiry: must be a date like 2026-12-09, got \"12/09/2026\"");
        assertThat(rejection(SampleEdits.hedged().set("/events/0/date", "\"2026-02-30\"")).path()).isEqualTo("events[0].date");
        assertThat(rejection(SampleEdits.hedged().set("/valuationTime", "\"2026-11-25T10:00:00-05:00\"")).getMessage())
                .startsWith("valuationTime: must be a New York local date-time like 2026-11-25T10:00:00 (no offset)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/1/expiry", "\"+12026-12-09\"")).getMessage())
                .isEqualTo("layers[0].legs[1].expiry: year must be between 1900 and 2200, got +12026-12-09");
    }

    @Test
    void expiryBeforeTheValuationTimeNamesTheLeg() {
        ValidationException e = rejection(SampleEdits.hedged().set("/valuationTime", "\"2026-12-09T16:00:01\""));

        assertThat(e.getMessage()).isEqualTo("layers[0].legs[0].expiry: settled at 2026-12-09T16:00, "
                + "before the valuation time 2026-12-09T16:00:01");
    }

    @Test
    void anUnpairedSurrogateIsRefusedSinceItCannotBeWrittenBack() {
        String json = SampleEdits.text(SampleEdits.HEDGED).replace("\"symbol\": \"VXX\"", "\"symbol\": \"\\ud800\"");
        assertThat(rejection(json).getMessage())
                .isEqualTo("market.etfQuotes[0].symbol: contains an unpaired UTF-16 surrogate (\\ud800)");
    }

    @Test
    void newerSchemaVersionSaysSo() {
        ValidationException e = rejection(SampleEdits.hedged().set("/schemaVersion", "7").set("/futureField", "1"));

        assertThat(e.getMessage()).isEqualTo("schemaVersion: 7 is newer than this CondorDesk understands (3); "
                + "update CondorDesk to open it");
        assertThat(rejection(SampleEdits.hedged().set("/schemaVersion", "0")).getMessage())
                .isEqualTo("schemaVersion: must be 1 to 3, got 0");
        assertThat(rejection(SampleEdits.hedged().remove("/schemaVersion")).getMessage())
                .isEqualTo("schemaVersion: is missing");
    }

    @Test
    void quoteNeedsBothSides() {
        assertThat(rejection(SampleEdits.hedged().remove("/layers/0/legs/2/ask")).getMessage())
                .isEqualTo("layers[0].legs[2].ask: is missing (bid and ask come together, or neither)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/legs/2/ask", "12.0")).getMessage())
                .isEqualTo("layers[0].legs[2].ask: must be >= bid (12.1), got 12");
    }

    @Test
    void impliedVolBelongsToOptionsOnly() {
        assertThat(rejection(SampleEdits.hedged().remove("/layers/1/legs/1/impliedVol")).getMessage())
                .isEqualTo("layers[1].legs[1].impliedVol: is missing (an option leg needs its implied volatility)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/2/legs/0/impliedVol", "0.9")).getMessage())
                .isEqualTo("layers[2].legs[0].impliedVol: only option legs carry an implied volatility");
    }

    @Test
    void nullIsNotAValue() {
        assertThat(rejection(SampleEdits.hedged().set("/notes", "null")).getMessage()).isEqualTo("notes: must be text, got null");
        assertThat(rejection(SampleEdits.hedged().set("/layers/0/enabled", "\"yes\"")).getMessage())
                .isEqualTo("layers[0].enabled: must be true or false, got text \"yes\"");
    }

    @Test
    void tooManyLayersOrLegsAreCountedBeforeReading() {
        assertThat(rejection(SampleEdits.hedged().repeat("/layers/0", 30)).getMessage())
                .isEqualTo("layers: has 33 entries, at most 32 allowed");
        assertThat(rejection(SampleEdits.hedged().repeat("/layers/0/legs/0", 1021)).getMessage())
                .isEqualTo("layers[0].legs: has 1025 entries, at most 1024 allowed");
        // Closed legs may pile up to 1024 (a layer rolled for years); legs still open are held to 64.
        assertThat(rejection(SampleEdits.hedged().repeat("/layers/0/legs/0", 61)).getMessage())
                .isEqualTo("layers[0].legs: has 65 open legs, at most 64 allowed");
    }

    @Test
    void tooLongTextIsRefusedByTheModel() {
        assertThat(rejection(SampleEdits.hedged().set("/name", "\"" + "x".repeat(201) + "\"")).getMessage())
                .isEqualTo("name: is longer than 200 characters");
    }

    @Test
    void deepNestingHitsTheParserLimit() {
        String json = SampleEdits.text(SampleEdits.HEDGED).replace("\"notes\":", "\"deep\": " + "[".repeat(5000)
                + "]".repeat(5000) + ", \"notes\":");

        ValidationException e = rejection(json);

        assertThat(e.path()).isEqualTo("deep" + "[0]".repeat(16));
        assertThat(e.reason()).contains("Document nesting depth (17) exceeds the maximum allowed (16");
    }

    @Test
    void emptyOrNonObjectInputIsRefused() {
        assertThat(rejection("").getMessage()).isEqualTo("the file is empty, expected a JSON object");
        assertThat(rejection("   ").getMessage()).isEqualTo("the file is empty, expected a JSON object");
        assertThat(rejection("[1, 2]").getMessage()).isEqualTo("must be a JSON object (a scenario), got an array");
        assertThat(rejection(SampleEdits.hedged().set("/layers/1/legs/0", "42")).getMessage())
                .isEqualTo("layers[1].legs[0]: must be a JSON object, got the number 42");
    }

    @Test
    void fileOverTenMegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        byte[] padding = new byte[(int) ScenarioJson.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(padding, (byte) ' ');
        Files.write(big, padding);

        assertThatThrownBy(() -> ScenarioJson.read(big)).isInstanceOf(ValidationException.class)
                .hasMessage(big + ": the file is 10.0 MB (10485761 bytes), larger than the 10 MB limit");
    }

    @Test
    void missingFileIsAOneLineValidationError(@TempDir Path dir) {
        assertThatThrownBy(() -> ScenarioJson.read(dir.resolve("nope.json"))).isInstanceOf(ValidationException.class)
                .hasMessage(dir.resolve("nope.json") + ": no such file");
        assertThatThrownBy(() -> ScenarioJson.read(dir)).hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void invalidUtf8IsBadInput() {
        byte[] bytes = SampleEdits.text(SampleEdits.HEDGED).getBytes(StandardCharsets.UTF_8);
        int at = SampleEdits.text(SampleEdits.HEDGED).indexOf("SPX 14-DTE");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;

        assertThatThrownBy(() -> ScenarioJson.parse(bytes)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("name: invalid JSON at line 3");
    }
}
