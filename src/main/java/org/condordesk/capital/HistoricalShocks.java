package org.condordesk.capital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;

/**
 * The historical stresses, measured from the daily history itself (docs/capital.md §4): each named day is its close
 * against the previous trading day's close; October 2008 is the window from the close of 2008-09-30 to the lowest SPX
 * close of October 2008. A day missing from the history is left out.
 */
public final class HistoricalShocks {

    /** A named trading day and why it is in the library. */
    record Day(String name, LocalDate date, String why) {
    }

    static final LocalDate VOLMAGEDDON = LocalDate.of(2018, 2, 5);
    static final LocalDate COVID_CRASH = LocalDate.of(2020, 3, 16);
    static final LocalDate YEN_CARRY_UNWIND = LocalDate.of(2024, 8, 5);
    /**
     * The three volatility shocks every backtest variant and the ALVH replay report: the short-vol unwind of
     * 2018-02-05, the COVID crash of 2020-03-16, the yen-carry unwind of 2024-08-05 (the first three of {@link #DAYS}).
     */
    public static final List<LocalDate> STRESS_DAYS = List.of(VOLMAGEDDON, COVID_CRASH, YEN_CARRY_UNWIND);

    /**
     * The library's days. The two 2022 CPI days are the release days of the August and October 2022 CPI (2022-09-13:
     * CNBC, "Dow tumbles 1,200 points for worst day since June 2020 after hot inflation report"; 2022-11-10: AP, "How
     * major US stock indexes fared Thursday 11/10/2022"), which are also 2022's two largest SPX moves in the history.
     */
    static final List<Day> DAYS = List.of(
            new Day("Volmageddon 2018-02-05", VOLMAGEDDON, "the short-volatility unwind: VIX's largest one-day point rise in the history to that date (+20.01)"),
            new Day("COVID crash 2020-03-16", COVID_CRASH, "the highest VIX close in the history (82.69)"),
            new Day("Yen carry unwind 2024-08-05", YEN_CARRY_UNWIND, "intraday VIX 65.73 on a 3 % SPX fall"),
            new Day("Hot CPI 2022-09-13", LocalDate.of(2022, 9, 13), "August 2022 CPI release: 2022's largest SPX fall"),
            new Day("Cool CPI 2022-11-10", LocalDate.of(2022, 11, 10), "October 2022 CPI release: 2022's largest SPX rise"));

    static final LocalDate OCTOBER_2008_START = LocalDate.of(2008, 9, 30);

    private HistoricalShocks() {
    }

    /** Every library event the history covers, in the order of {@link #DAYS}, October 2008 last. */
    public static List<HistoricalEvent> events(StressHistory history) {
        List<HistoricalEvent> events = new ArrayList<>();
        for (Day day : DAYS) {
            previousTradingDay(history.spx(), day.date())
                    .flatMap(previous -> window(history, day.name(), previous, day.date(), day.why()))
                    .ifPresent(events::add);
        }
        october2008(history).ifPresent(events::add);
        return events;
    }

    /** The close-to-close move from {@code from} to {@code to}; empty when SPX or VIX lacks either date. */
    public static Optional<HistoricalEvent> window(StressHistory history, String name, LocalDate from, LocalDate to,
                                                   String why) {
        Map<LocalDate, Double> spx = history.spx().closesByDate();
        Map<LocalDate, Double> vix = history.vix().closesByDate();
        if (!spx.containsKey(from) || !spx.containsKey(to) || !vix.containsKey(from) || !vix.containsKey(to)) {
            return Optional.empty();
        }
        double vix3mMove = history.vix3m().map(DailySeries::closesByDate)
                .filter(v3 -> v3.containsKey(from) && v3.containsKey(to))
                .map(v3 -> v3.get(to) - v3.get(from)).orElse(Double.NaN);
        return Optional.of(new HistoricalEvent(name, from, to, (spx.get(to) / spx.get(from) - 1) * 100,
                vix.get(to) - vix.get(from), vix3mMove, why));
    }

    private static Optional<HistoricalEvent> october2008(StressHistory history) {
        DailyBar low = null;
        for (DailyBar bar : history.spx().bars()) {
            if (bar.date().getYear() == 2008 && bar.date().getMonthValue() == 10 && (low == null || bar.close() < low.close())) {
                low = bar;
            }
        }
        if (low == null) {
            return Optional.empty();
        }
        return window(history, "October 2008 (2008-09-30 to " + low.date() + ")", OCTOBER_2008_START, low.date(),
                "the 2008 crash: from the September close to October's lowest SPX close");
    }

    private static Optional<LocalDate> previousTradingDay(DailySeries series, LocalDate date) {
        List<DailyBar> bars = series.bars();
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).date().equals(date)) {
                return Optional.of(bars.get(i - 1).date());
            }
        }
        return Optional.empty();
    }
}
