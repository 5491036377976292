package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Optional;

import org.condordesk.model.ValidationException;
import org.condordesk.store.json.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The config fields of issue 30 §2 (docs/backtest.md §config): hedge book, roll rule, premium budget, combo fills. */
class HedgeBookConfigReaderTest {

    @TempDir
    Path dir;

    private BacktestConfig parse(String json) {
        return BacktestConfigReader.parse(JsonInput.parse(json.getBytes()), dir).config();
    }

    @Test
    void everyNewFieldIsRead() {
        BacktestConfig config = parse("{\"costs\": {\"comboFillFraction\": 0.6}, \"variants\": [{\"name\": \"B\","
                + " \"hedge\": \"FIXED\", \"sizing\": \"PREMIUM_BUDGET\", \"budgetPctOfCredit\": 30,"
                + " \"hedgeBook\": \"SHARED\", \"rollDaysBeforeExpiry\": 7, \"rollWeekday\": \"FRIDAY\"}]}");
        assertThat(config.costs().comboFillFraction()).isEqualTo(0.6);
        BacktestConfig.Variant variant = config.variants().get(0);
        assertThat(variant.sizing().rule()).isEqualTo(BacktestConfig.SizingRule.PREMIUM_BUDGET);
        assertThat(variant.sizing().budgetPctOfCredit()).isEqualTo(30);
        assertThat(variant.book()).isEqualTo(new BacktestConfig.HedgeBook(BacktestConfig.BookMode.SHARED, 7,
                Optional.of(DayOfWeek.FRIDAY)));
    }

    @Test
    void withoutThemTheDefaultsAreTodaysBehaviour() {
        BacktestConfig config = parse("{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\"}]}");
        assertThat(config.costs().comboFillFraction()).isEqualTo(1.0);
        assertThat(config.variants().get(0).book()).isEqualTo(BacktestConfig.HedgeBook.defaults());
        assertThat(config.variants().get(0).book().mode()).isEqualTo(BacktestConfig.BookMode.PER_TRADE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"costs\": {\"comboFillFraction\": 1.5}}|costs.comboFillFraction: must be between 0 and 1",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"hedgeBook\": \"POOLED\"}]}|variants[0].hedgeBook:",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"rollDaysBeforeExpiry\": 30}]}"
                + "|variants[0].rollDaysBeforeExpiry: must be between 1 and 25",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"rollWeekday\": \"SUNDAY\"}]}"
                + "|variants[0].rollWeekday: must be a weekday",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"rollWeekday\": \"Fri\"}]}|variants[0].rollWeekday:",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"budgetPctOfCredit\": -5}]}"
                + "|variants[0].budgetPctOfCredit: must be between 0 and 1000",
        "{\"variants\": [{\"name\": \"B\", \"hedge\": \"FIXED\", \"instrument\": \"VX\", \"sizing\": \"PREMIUM_BUDGET\"}]}"
                + "|variants[0].sizing: a premium budget needs an option hedge"})
    void badValuesNameTheirPath(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }
}
