package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walk-forward of the ALVH thresholds: the grid by hand, and no look-ahead in the choice. */
class WalkForwardTest {

    private static BundledHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = BundledHistory.load();
    }

    private static BacktestMarket marketUpTo(LocalDate last) {
        return history.marketUpTo(last);
    }

    @Test
    void theDefaultRulesGiveNineCandidatesAroundTheirThresholds() {
        // docs/signals.md's default rules test RSI > 50 (calm), VIX/VIX3M < 0.9 (calm) and > 1.0 (risk-off): one step
        // is 10 RSI points and 0.05 of the ratio, so 3 × 3 combinations, the unshifted one "as written".
        List<WalkForward.Candidate> grid = WalkForward.grid(AlvhRuleSet.defaults());
        assertThat(grid).hasSize(9);
        assertThat(grid.get(0).label()).isEqualTo("as written");
        assertThat(grid.get(0).rules()).isEqualTo(AlvhRuleSet.defaults());
        WalkForward.Candidate up = grid.stream().filter(c -> c.label().equals("RSI +10, VIX_TERM_RATIO +0.05"))
                .findFirst().orElseThrow();
        // Calm: RSI above 60 and the ratio below 0.95; risk-off: the ratio above 1.05; the MACD rule untouched.
        assertThat(up.rules().rules().get(0).conditions().get(0).value()).isEqualTo(60);
        assertThat(up.rules().rules().get(0).conditions().get(1).value()).isEqualTo(0.95, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(up.rules().rules().get(1).conditions().get(0).value()).isZero();
        assertThat(up.rules().rules().get(2).conditions().get(1).value()).isEqualTo(1.05, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aYearsChoiceUsesOnlyTheYearsBeforeIt() {
        // Cutting the history after 2018 changes neither the rules chosen for 2017 and 2018 nor their in-sample Sharpe:
        // the choice for a year reads no day of it or after it.
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.of(LocalDate.of(2014, 1, 1)))
                .withTo(Optional.of(LocalDate.of(2019, 12, 31)));
        WalkForward.Result full = WalkForward.run(config, marketUpTo(LocalDate.MAX), "ALVH", 2, 2, share -> { },
                () -> false);
        WalkForward.Result cut = WalkForward.run(config.withTo(Optional.of(LocalDate.of(2018, 12, 31))),
                marketUpTo(LocalDate.of(2018, 12, 31)), "ALVH", 2, 2, share -> { }, () -> false);
        assertThat(full.years()).extracting(WalkForward.Year::year).containsExactly(2016, 2017, 2018, 2019);
        assertThat(cut.years()).extracting(WalkForward.Year::year).containsExactly(2016, 2017, 2018);
        for (int y = 0; y < 3; y++) {
            assertThat(cut.years().get(y).chosen()).isEqualTo(full.years().get(y).chosen());
            assertThat(cut.years().get(y).inSampleSharpe()).isEqualTo(full.years().get(y).inSampleSharpe());
        }
        // The out-of-sample year is traded by the chosen rules alone: its Sharpe is a number.
        assertThat(full.years()).allMatch(year -> Double.isFinite(year.outOfSampleSharpe()));
    }

    @Test
    void onlyAnAlvhVariantWalksForward() {
        BacktestConfig config = BacktestConfig.defaults();
        assertThatThrownBy(() -> WalkForward.run(config, marketUpTo(LocalDate.of(2012, 12, 31)), "No hedge", 2, 1,
                share -> { }, () -> false)).isInstanceOf(ValidationException.class).hasMessageContaining("not an ALVH");
        assertThatThrownBy(() -> WalkForward.run(config, marketUpTo(LocalDate.of(2012, 12, 31)), "Nope", 2, 1,
                share -> { }, () -> false)).isInstanceOf(ValidationException.class).hasMessageContaining("no variant");
    }
}
