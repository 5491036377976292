package org.condordesk.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.AlvhSignal;
import org.condordesk.store.HistoryCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Ta4j-backed signals against computations written here: EMA and Wilder recurrences worked by hand on a short
 * series, and a second plain-Java implementation over the real 1990–2026 history agreeing to 1e-9.
 */
class IndicatorsTest {

    private static SignalSeries real;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("samples", "history");
        real = SignalSeries.compute(MarketHistory.of(HistoryCsv.read(dir.resolve("SPX_History.csv"), "SPX"),
                Optional.of(HistoryCsv.read(dir.resolve("VIX_History.csv"), "VIX")),
                Optional.of(HistoryCsv.read(dir.resolve("VIX3M_History.csv"), "VIX3M")), Optional.empty()));
    }

    static MarketHistory closes(double... closes) {
        List<DailyBar> bars = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (double close : closes) {
            bars.add(new DailyBar(day, close, close, close, close));
            day = day.plusDays(1);
        }
        return MarketHistory.of(new DailySeries("SPX", bars), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void rsiMatchesWildersRecurrenceWorkedByHand() {
        // RSI(2) on closes 10, 11, 10.5, 12, 11 (Ta4j seeds Wilder's average with bar 0's gain and loss, both 0):
        //   gains 0, 1, 0, 1.5, 0; losses 0, 0, 0.5, 0, 1; Wilder average a_i = a_{i-1} + (x_i − a_{i-1}) / 2
        //   avgGain 0, 0.5, 0.25, 0.875, 0.4375; avgLoss 0, 0, 0.25, 0.125, 0.5625
        //   RSI = 100 − 100 / (1 + G/L): bar 2: 100 − 100/2 = 50; bar 3: 100 − 100/8 = 87.5; bar 4: 100 − 100/(1 + 7/9) = 43.75
        Indicators.Parameters p = new Indicators.Parameters(2, 3, 2, 2, 2, 2, 2, Divergences.Parameters.DEFAULT);
        SignalSeries s = SignalSeries.compute(closes(10, 11, 10.5, 12, 11), p);
        assertThat(s.value(AlvhSignal.RSI, 1)).isNaN();
        assertThat(s.value(AlvhSignal.RSI, 2)).isCloseTo(50, within(1e-12));
        assertThat(s.value(AlvhSignal.RSI, 3)).isCloseTo(87.5, within(1e-12));
        assertThat(s.value(AlvhSignal.RSI, 4)).isCloseTo(43.75, within(1e-12));
    }

    @Test
    void macdMatchesTheEmaRecurrenceWorkedByHand() {
        // MACD(2,3) with signal EMA(2) on closes 10, 11, 10.5, 12, 11. EMA_n: e_0 = x_0, e_i = e_{i-1} + k (x_i − e_{i-1}),
        // k = 2/(n+1): k2 = 2/3, k3 = 1/2.
        //   EMA2: 10, 10.666667, 10.555556, 11.518519, 11.172840
        //   EMA3: 10, 10.5, 10.5, 11.25, 11.125
        //   MACD = EMA2 − EMA3: 0, 1/6, 1/18, 29/108 (= 11.518519 − 11.25), 0.047840 (= 11.172840 − 11.125)
        //   signal EMA2 of MACD from bar 0: 0, 1/9, 2/27, 11/54 (= 2/27 + 2/3·(29/108 − 2/27))
        SignalSeries s = SignalSeries.compute(closes(10, 11, 10.5, 12, 11),
                new Indicators.Parameters(2, 3, 2, 2, 2, 2, 2, Divergences.Parameters.DEFAULT));
        assertThat(s.value(AlvhSignal.MACD, 1)).isNaN(); // warm-up: fewer than 3 bars
        assertThat(s.value(AlvhSignal.MACD, 2)).isCloseTo(1.0 / 18, within(1e-12));
        assertThat(s.value(AlvhSignal.MACD, 3)).isCloseTo(29.0 / 108, within(1e-12));
        assertThat(s.value(AlvhSignal.MACD_SIGNAL, 3)).isCloseTo(11.0 / 54, within(1e-12));
        assertThat(s.value(AlvhSignal.MACD_HISTOGRAM, 3)).isCloseTo(29.0 / 108 - 11.0 / 54, within(1e-12));
        double ema2At4 = 11.518518518518519 + 2.0 / 3 * (11 - 11.518518518518519);
        assertThat(s.value(AlvhSignal.MACD, 4)).isCloseTo(ema2At4 - 11.125, within(1e-12));
    }

    @Test
    void macdRsiSmaAndRealisedVolAgreeWithASecondImplementationOnTheRealHistory() {
        double[] close = real.copyOf(AlvhSignal.SPX);
        double[] ema12 = ema(close, 12);
        double[] ema26 = ema(close, 26);
        double[] macd = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            macd[i] = ema12[i] - ema26[i];
        }
        double[] signal = ema(macd, 9);
        double[] rsi = wilderRsi(close, 14);
        for (int i = 40; i < close.length; i++) {
            assertThat(real.value(AlvhSignal.MACD, i)).as("MACD day %d", i).isCloseTo(macd[i], within(1e-9));
            assertThat(real.value(AlvhSignal.MACD_HISTOGRAM, i)).as("hist day %d", i).isCloseTo(macd[i] - signal[i], within(1e-9));
            assertThat(real.value(AlvhSignal.RSI, i)).as("RSI day %d", i).isCloseTo(rsi[i], within(1e-9));
        }
        for (int i = 250; i < close.length; i += 7) {
            assertThat(real.value(AlvhSignal.SPX_OVER_SMA200, i)).as("SMA day %d", i)
                    .isCloseTo(close[i] / mean(close, i - 199, i), within(1e-9));
            assertThat(real.value(AlvhSignal.REALISED_VOL_20, i)).as("RV day %d", i)
                    .isCloseTo(realisedVol(close, i, 20), within(1e-9));
        }
    }

    @Test
    void termRatioIsVixOverVix3mOnTheStressDays() {
        // samples/history: VIX 37.32 on 2018-02-05; VIX3M read from the file on the same day.
        int day = real.history().indexOnOrBefore(LocalDate.of(2018, 2, 5));
        assertThat(real.value(AlvhSignal.VIX, day)).isEqualTo(37.32);
        assertThat(real.value(AlvhSignal.VIX_TERM_RATIO, day)).isEqualTo(37.32 / real.value(AlvhSignal.VIX3M, day));
        assertThat(real.value(AlvhSignal.VIX_TERM_RATIO, real.history().indexOnOrBefore(LocalDate.of(2005, 1, 3)))).isNaN();
    }

    private static double[] ema(double[] x, int n) {
        double k = 2.0 / (n + 1);
        double[] e = new double[x.length];
        e[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            e[i] = e[i - 1] + k * (x[i] - e[i - 1]);
        }
        return e;
    }

    /** Wilder: gains/losses smoothed by a_i = a_{i-1} + (x_i − a_{i-1})/n from bar 0 (gain 0, loss 0). */
    private static double[] wilderRsi(double[] close, int n) {
        double[] rsi = new double[close.length];
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            gain += (Math.max(change, 0) - gain) / n;
            loss += (Math.max(-change, 0) - loss) / n;
            rsi[i] = loss == 0 ? (gain == 0 ? 0 : 100) : 100 - 100 / (1 + gain / loss);
        }
        return rsi;
    }

    private static double mean(double[] x, int first, int last) {
        double sum = 0;
        for (int i = first; i <= last; i++) {
            sum += x[i];
        }
        return sum / (last - first + 1);
    }

    /** 100·√252·population σ of the last n log returns. */
    private static double realisedVol(double[] close, int day, int n) {
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = Math.log(close[day - k] / close[day - k - 1]);
        }
        double m = 0;
        for (double v : r) {
            m += v / n;
        }
        double var = 0;
        for (double v : r) {
            var += (v - m) * (v - m) / n;
        }
        return 100 * Math.sqrt(252 * var);
    }
}
