package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.condordesk.Fixtures;
import org.junit.jupiter.api.Test;

class HistoricalShocksTest {

    private static final StressHistory HISTORY = SampleHistory.load();
    private static final TreeMap<LocalDate, Double> SPX = SampleHistory.closes("SPX_History.csv");
    private static final TreeMap<LocalDate, Double> VIX = SampleHistory.closes("VIX_History.csv");
    private static final TreeMap<LocalDate, Double> VIX3M = SampleHistory.closes("VIX3M_History.csv");

    @Test
    void volmageddonReproducesTheDaysSpxAndVixMovesFromTheDataFiles() {
        // samples/history/README.md: VIX closed 37.32 and SPX 2648.94 on 2018-02-05; the previous trading day, Friday
        // 2018-02-02, is read from the same files: SPX 2762.13, VIX 17.31 → SPX −4.098 %, VIX +20.01 points.
        HistoricalEvent event = event("Volmageddon 2018-02-05");
        LocalDate day = LocalDate.of(2018, 2, 5);
        LocalDate before = SPX.lowerKey(day);
        assertThat(before).isEqualTo(LocalDate.of(2018, 2, 2));
        assertThat(SPX.get(day)).isEqualTo(2648.94);
        assertThat(VIX.get(day)).isEqualTo(37.32);
        assertThat(event.spxMovePct()).isCloseTo((2648.94 / SPX.get(before) - 1) * 100, within(1e-9));
        assertThat(event.vixMovePoints()).isCloseTo(37.32 - VIX.get(before), within(1e-9));
        assertThat(event.vix3mMovePoints()).isCloseTo(SampleHistory.move(VIX3M, before, day), within(1e-9));
    }

    @Test
    void everyNamedDayIsItsCloseAgainstThePreviousTradingDaysClose() {
        for (HistoricalShocks.Day day : HistoricalShocks.DAYS) {
            HistoricalEvent event = event(day.name());
            LocalDate before = SPX.lowerKey(day.date());
            assertThat(event.from()).as(day.name()).isEqualTo(before);
            assertThat(event.spxMovePct()).as(day.name())
                    .isCloseTo((SPX.get(day.date()) / SPX.get(before) - 1) * 100, within(1e-9));
            assertThat(event.vixMovePoints()).as(day.name()).isCloseTo(SampleHistory.move(VIX, before, day.date()), within(1e-9));
        }
        // The README's other known closes: VIX 82.69 and SPX 2386.13 on 2020-03-16, VIX 38.57 and SPX 5186.33 on 2024-08-05.
        assertThat(SPX.get(LocalDate.of(2020, 3, 16))).isEqualTo(2386.13);
        assertThat(VIX.get(LocalDate.of(2024, 8, 5))).isEqualTo(38.57);
    }

    @Test
    void theCpiDaysAre2022sTwoLargestSpxMoves() {
        // The reason they are in the library (HistoricalShocks.DAYS): checked here on the data, every 2022 trading day.
        List<LocalDate> days2022 = SPX.keySet().stream().filter(d -> d.getYear() == 2022).toList();
        List<LocalDate> largest = days2022.stream()
                .sorted((a, b) -> Double.compare(Math.abs(change(b)), Math.abs(change(a)))).limit(2).toList();
        assertThat(largest).containsExactlyInAnyOrder(LocalDate.of(2022, 9, 13), LocalDate.of(2022, 11, 10));
    }

    @Test
    void october2008RunsFromTheSeptemberCloseToOctobersLowestClose() {
        // The lowest SPX close of October 2008 in the file, found here by a scan of its own.
        LocalDate low = SPX.subMap(LocalDate.of(2008, 10, 1), LocalDate.of(2008, 11, 1)).entrySet().stream()
                .min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        HistoricalEvent event = HistoricalShocks.events(HISTORY).get(HistoricalShocks.events(HISTORY).size() - 1);
        assertThat(event.from()).isEqualTo(LocalDate.of(2008, 9, 30));
        assertThat(event.to()).isEqualTo(low);
        assertThat(event.spxMovePct()).isCloseTo((SPX.get(low) / SPX.get(LocalDate.of(2008, 9, 30)) - 1) * 100, within(1e-9));
        assertThat(event.vix3mMovePoints()).as("VIX3M starts in 2009").isNaN();
    }

    @Test
    void theShockMovesTodaysSpxByTheDaysPercentAndVixByItsPoints() {
        HistoricalEvent event = event("COVID crash 2020-03-16");
        StressValuation valuation = StressValuation.of(Fixtures.hedged());
        // Today's SPX 7600 and VIX 16.4 (the fixture): S' = 7600·(1 + pct/100), VIX' = 16.4 + ΔVIX.
        assertThat(valuation.spxAfter(event.shock())).isCloseTo(7600 * (1 + event.spxMovePct() / 100), within(1e-9));
        assertThat(valuation.vixAfter(event.shock())).isCloseTo(16.4 + (82.69 - 57.83), within(1e-9));
    }

    private static double change(LocalDate day) {
        return SPX.get(day) / SPX.get(SPX.lowerKey(day)) - 1;
    }

    private static HistoricalEvent event(String name) {
        return HistoricalShocks.events(HISTORY).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
