package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.market.ExchangeCalendar;
import org.condordesk.model.SmileParameters;
import org.condordesk.signals.MarketHistory;

/**
 * A hand-checkable market for the backtest tests: consecutive trading days from a start date, SPX on a given path,
 * VIX = VIX3M constant (a flat VIX curve), open = close, and a flat smile (ATM = VIX, no skew), so every SPX option
 * is priced by plain BSM at σ = VIX/100.
 */
final class MiniHistory {

    static final double RATE = 0.02;
    static final double YIELD = 0.018;
    /** Vol of vol look-back: the first day a VIX hedge can be priced is index LOOKBACK. */
    static final int LOOKBACK = 5;

    private MiniHistory() {
    }

    static BacktestConfig.Model model() {
        return new BacktestConfig.Model(RATE, YIELD, new SmileParameters(1.0, 0, 0), LOOKBACK, 1.0, 0.4, 1.5);
    }

    static List<LocalDate> tradingDays(LocalDate start, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = start; days.size() < count; day = day.plusDays(1)) {
            if (ExchangeCalendar.isBusinessDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    static BacktestMarket market(List<LocalDate> days, IntToDoubleFunction spx, double vix) {
        List<DailyBar> spxBars = new ArrayList<>();
        List<DailyBar> vixBars = new ArrayList<>();
        List<DailyBar> vix3mBars = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            double close = spx.applyAsDouble(d);
            spxBars.add(new DailyBar(days.get(d), close, close, close, close));
            vixBars.add(new DailyBar(days.get(d), vix, vix, vix, vix));
            vix3mBars.add(new DailyBar(days.get(d), vix, vix, vix, vix));
        }
        DailySeries vixSeries = new DailySeries("VIX", vixBars);
        MarketHistory history = MarketHistory.of(new DailySeries("SPX", spxBars), Optional.of(vixSeries),
                Optional.of(new DailySeries("VIX3M", vix3mBars)), Optional.empty());
        return BacktestMarket.of(history, Optional.of(vixSeries), model());
    }

    /** Black–Scholes–Merton with a continuous dividend yield (Hull, Options, Futures and Other Derivatives, §17.4). */
    static double bsm(boolean call, double spot, double strike, double years, double vol) {
        double d1 = (Math.log(spot / strike) + (RATE - YIELD + vol * vol / 2) * years) / (vol * Math.sqrt(years));
        double d2 = d1 - vol * Math.sqrt(years);
        double discountedSpot = spot * Math.exp(-YIELD * years);
        double discountedStrike = strike * Math.exp(-RATE * years);
        return call ? discountedSpot * normal(d1) - discountedStrike * normal(d2)
                : discountedStrike * normal(-d2) - discountedSpot * normal(-d1);
    }

    /** BSM delta: e^{−qT}N(d1) for a call, −e^{−qT}N(−d1) for a put (Hull §19.2). */
    static double delta(boolean call, double spot, double strike, double years, double vol) {
        double d1 = (Math.log(spot / strike) + (RATE - YIELD + vol * vol / 2) * years) / (vol * Math.sqrt(years));
        return call ? Math.exp(-YIELD * years) * normal(d1) : -Math.exp(-YIELD * years) * normal(-d1);
    }

    /** The standard normal CDF through erf (commons-math's, independent of the project's pricer). */
    static double normal(double x) {
        return 0.5 * (1 + org.apache.commons.math3.special.Erf.erf(x / Math.sqrt(2)));
    }
}
