package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.ValidationException;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walk-forward of the ALVH thresholds: the grid by hand, and no look-ahead in the choice. */
class WalkForwardTest {

    private static final Path HISTORY = Path.of("samples/history");
    private static DailySeries spx;
    private static DailySeries vix;
    private static DailySeries vix3m;

    @BeforeAll
    static void load() throws IOException {
        spx = prices("SPX_History.csv", "SPX");
        vix = prices("VIX_History.csv", "VIX");
        vix3m = prices("VIX3M_History.csv", "VIX3M");
    }

    private static DailySeries prices(String file, String symbol) throws IOException {
        return HistoryImport.prices(HISTORY.resolve(file), symbol, HistoryImport.OnBadRow.REFUSE,
                HistoryImport.Progress.NONE).data();
    }

    private static BacktestMarket marketUpTo(LocalDate last) {
        MarketHistory history = MarketHistory.of(cut(spx, last), Optional.of(cut(vix, last)), Optional.of(cut(vix3m, last)),
                Optional.empty());
        return BacktestMarket.of(history, Optional.of(cut(vix, last)), BacktestConfig.Model.defaults());
    }

    private static DailySeries cut(DailySeries series, LocalDate last) {
        List<DailyBar> bars = series.bars().stream().filter(bar -> !bar.date().isAfter(last)).toList();
        return new DailySeries(series.symbol(), bars);
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
