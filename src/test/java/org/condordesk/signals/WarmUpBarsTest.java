package org.condordesk.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.AlvhSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each signal's warm-up is part of its contract ({@link Indicators.Parameters#warmUpBars}, Ta4j's
 * getCountOfUnstableBars): on a complete history its value is missing for exactly that many leading bars. The
 * default figures are pinned from the indicators' definitions, not read back from the code.
 */
class WarmUpBarsTest {

    private static final int DAYS = 400;

    /** A complete history (SPX, VIX, VIX3M, A/D line every day): a fixed-seed random walk, so divergences can fire. */
    static MarketHistory complete() {
        SplittableRandom random = new SplittableRandom(24);
        List<DailyBar> spx = new ArrayList<>();
        List<DailyBar> vix = new ArrayList<>();
        List<DailyBar> vix3m = new ArrayList<>();
        List<AdvanceDeclineSeries.Point> ad = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        double level = 4000;
        double line = 0;
        for (int i = 0; i < DAYS; i++) {
            level *= Math.exp(0.01 * random.nextGaussian());
            line += random.nextInt(-500, 501);
            double v = 15 + 5 * random.nextDouble();
            spx.add(new DailyBar(day, level, level * 1.005, level * 0.995, level));
            vix.add(new DailyBar(day, v, v, v, v));
            vix3m.add(new DailyBar(day, v + 1, v + 1, v + 1, v + 1));
            ad.add(new AdvanceDeclineSeries.Point(day, line));
            day = day.plusDays(1);
        }
        return MarketHistory.of(new DailySeries("SPX", spx), Optional.of(new DailySeries("VIX", vix)),
                Optional.of(new DailySeries("VIX3M", vix3m)), Optional.of(new AdvanceDeclineSeries("test", ad)));
    }

    static Stream<Arguments> defaults() {
        // By definition with MACD(12, 26, 9), RSI(14), SMA200, EMA20, 20-day realised vol: an n-bar EMA or SMA first
        // has a value at bar n − 1 (MACD 25; SMA 199; EMA 19); the signal line is a 9-bar EMA of the MACD line, whose
        // first value is bar 25, so bar 25 + 8 = 33; RSI(14) and realised vol over 20 returns need 15 and 21 closes
        // (bars 14 and 20); the raw series, the ratio of VIX to VIX3M and the A/D line none.
        return Stream.of(Arguments.of(AlvhSignal.MACD, 25), Arguments.of(AlvhSignal.MACD_SIGNAL, 33),
                Arguments.of(AlvhSignal.MACD_HISTOGRAM, 33), Arguments.of(AlvhSignal.RSI, 14),
                Arguments.of(AlvhSignal.SPX_OVER_SMA200, 199), Arguments.of(AlvhSignal.SPX_OVER_EMA20, 19),
                Arguments.of(AlvhSignal.REALISED_VOL_20, 20), Arguments.of(AlvhSignal.VIX_MINUS_REALISED_VOL, 20),
                Arguments.of(AlvhSignal.SPX, 0), Arguments.of(AlvhSignal.VIX, 0), Arguments.of(AlvhSignal.VIX3M, 0),
                Arguments.of(AlvhSignal.VIX_TERM_RATIO, 0), Arguments.of(AlvhSignal.AD_LINE, 0),
                Arguments.of(AlvhSignal.BEARISH_MACD_DIVERGENCE, 25), Arguments.of(AlvhSignal.BULLISH_RSI_DIVERGENCE, 14),
                Arguments.of(AlvhSignal.BEARISH_AD_DIVERGENCE, 0), Arguments.of(AlvhSignal.BULLISH_DIVERGENCE, 0));
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void theDefaultWarmUpIsPinned(AlvhSignal signal, int bars) {
        assertThat(Indicators.Parameters.DEFAULT.warmUpBars(signal)).isEqualTo(bars);
    }

    @Test
    void everySignalIsMissingForExactlyItsWarmUpOnACompleteHistory() {
        MarketHistory history = complete();
        for (Indicators.Parameters p : List.of(Indicators.Parameters.DEFAULT,
                new Indicators.Parameters(3, 7, 4, 5, 10, 6, 8, Divergences.Parameters.DEFAULT))) {
            SignalSeries series = SignalSeries.compute(history, p);
            for (AlvhSignal signal : AlvhSignal.values()) {
                int warmUp = p.warmUpBars(signal);
                for (int day = 0; day < warmUp; day++) {
                    assertThat(series.value(signal, day)).as(signal + " on bar " + day + " of " + p).isNaN();
                }
                assertThat(series.value(signal, warmUp)).as(signal + " on bar " + warmUp + " of " + p).isNotNaN();
            }
        }
    }
}
