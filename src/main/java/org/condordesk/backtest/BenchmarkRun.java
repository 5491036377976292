package org.condordesk.backtest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.ExchangeCalendar;
import org.condordesk.market.SpxExpiries;
import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.Bsm;

/**
 * Replays one of Cboe's benchmark indices ({@link Benchmark}) in model mode on the backtest's market: every option is
 * priced at the model mid on the day's smile (no costs: the indices are gross), new options are sold at the roll day's
 * close, standard (AM) monthlies settle at the roll day's SPX open (the proxy of the special opening quotation) and
 * Friday Weeklys at its close; collateral earns the year's 3-month T-bill rate ({@link TreasuryBills}). Strikes are
 * on the 5-point grid. Statistics as the published studies compute them: annual return compounded over the window,
 * volatility and maximum drawdown of month-end values (docs/backtest.md §7).
 */
public final class BenchmarkRun {

    static final double STRIKE_STEP = 5;
    private static final LocalTime SOQ_TIME = LocalTime.of(9, 30);

    /** A benchmark's figures over its window; {@code values} is the index (100 at {@code from}) on every day. */
    public record Result(Benchmark benchmark, LocalDate from, LocalDate to, double annualReturn, double volatility,
                         double maxDrawdown, double averagePremiumPct, int rolls, List<LocalDate> dates,
                         double[] values) {
        public Result {
            Check.present("benchmark", benchmark);
            dates = List.copyOf(dates);
            values = values.clone();
        }
    }

    /** One open option: quantity (negative short), right, strike, expiry instant (epoch seconds), AM settled. */
    private record Held(double quantity, OptionRight right, double strike, long expirySeconds, boolean am) {
    }

    private final Benchmark benchmark;
    private final BacktestMarket market;
    private final double[] spxOpen;
    private final List<Held> held = new ArrayList<>();
    private double cash;
    private double units;
    private double premiumPctSum;
    private int rolls;

    private BenchmarkRun(Benchmark benchmark, BacktestMarket market, double[] spxOpen) {
        this.benchmark = benchmark;
        this.market = market;
        this.spxOpen = spxOpen;
    }

    /**
     * Runs {@code benchmark} from its first roll day on or after {@code from} to the last day on or before {@code to}.
     * {@code spxOpen} gives each market day's SPX open (NaN where unknown: the close stands in).
     */
    public static Result run(Benchmark benchmark, BacktestMarket market, double[] spxOpen, LocalDate from, LocalDate to) {
        int last = market.indexOnOrBefore(to);
        int first = market.indexOnOrBefore(from.minusDays(1)) + 1;
        LocalDate weeklyStart = SpxExpiries.FRIDAY_WEEKLYS;
        while (first <= last && !(isRoll(benchmark, market.date(first))
                && (!benchmark.weekly() || !market.date(first).isBefore(weeklyStart)))) {
            first++;
        }
        if (first >= last) {
            throw new ValidationException("--from", "no " + benchmark + " roll day between " + from + " and " + to
                    + (benchmark.weekly() ? " (Friday Weeklys are listed from " + weeklyStart + ")" : ""));
        }
        return new BenchmarkRun(benchmark, market, spxOpen).replay(first, last);
    }

    private Result replay(int first, int last) {
        int n = last - first + 1;
        double[] values = new double[n];
        List<LocalDate> dates = new ArrayList<>(n);
        cash = 100;
        open(first, 100);
        values[0] = mark(first);
        dates.add(market.date(first));
        double dividendYield = market.model().dividendYield();
        for (int d = first + 1; d <= last; d++) {
            LocalDate today = market.date(d);
            LocalDate yesterday = market.date(d - 1);
            cash *= TreasuryBills.growth(yesterday, today);
            // Total return: dividends reinvested in the index at the model's flat yield (the history is price only).
            units *= Math.exp(dividendYield * (today.toEpochDay() - yesterday.toEpochDay()) / 365.0);
            if (isRoll(benchmark, today)) {
                settle(d);
                if (d < last) {
                    open(d, cash + units * market.spx(d));
                }
            }
            values[d - first] = mark(d);
            dates.add(today);
        }
        double years = (dates.get(n - 1).toEpochDay() - dates.get(0).toEpochDay()) / 365.25;
        double annual = Math.pow(values[n - 1] / values[0], 1 / years) - 1;
        double[] monthEnds = monthEnds(dates, values);
        return new Result(benchmark, dates.get(0), dates.get(n - 1), annual, monthlyVolatility(monthEnds),
                maxDrawdown(monthEnds), rolls == 0 ? Double.NaN : premiumPctSum / rolls, rolls, dates, values);
    }

    /** True on a roll day: the standard monthly expiry, or (WPUT) every Friday expiry of SPXW. */
    static boolean isRoll(Benchmark benchmark, LocalDate date) {
        if (!benchmark.weekly()) {
            return SpxExpiries.isMonthly(date);
        }
        LocalDate friday = date.getDayOfWeek() == DayOfWeek.THURSDAY ? date.plusDays(1) : date;
        return ExchangeCalendar.isBusinessDay(date) && (date.getDayOfWeek() == DayOfWeek.FRIDAY
                || date.getDayOfWeek() == DayOfWeek.THURSDAY && !ExchangeCalendar.isBusinessDay(friday));
    }

    private void settle(int day) {
        double open = Double.isNaN(spxOpen[day]) || spxOpen[day] <= 0 ? market.spx(day) : spxOpen[day];
        for (Held option : held) {
            double level = option.am() ? open : market.spx(day);
            cash += option.quantity() * Math.max(option.right().sign() * (level - option.strike()), 0);
        }
        held.clear();
    }

    /** Opens the next roll's position at {@code day}'s close with the account worth {@code value}. */
    private void open(int day, double value) {
        double spot = market.spx(day);
        LocalDate expiry = nextExpiry(market.date(day));
        boolean am = !benchmark.weekly();
        long seconds = (am ? expiry.atTime(SOQ_TIME).atZone(Instrument.NEW_YORK)
                : BacktestMarket.closeInstant(expiry)).toEpochSecond();
        double premium;
        switch (benchmark) {
            case PUT, WPUT -> {
                double strike = putStrike(spot);
                double put = market.spxOption(day, OptionRight.PUT, strike, seconds);
                // Collateral after the premium covers the strike: value + N·P = N·K.
                double count = value / (strike - put);
                held.add(new Held(-count, OptionRight.PUT, strike, seconds, am));
                cash = value + count * put;
                units = 0;
                premium = put;
            }
            case BXM -> {
                double strike = Math.ceil(spot / STRIKE_STEP) * STRIKE_STEP;
                double call = market.spxOption(day, OptionRight.CALL, strike, seconds);
                // One call per unit of the index; the premium buys more of it: u·S = value + u·C.
                units = value / (spot - call);
                cash = 0;
                held.add(new Held(-units, OptionRight.CALL, strike, seconds, am));
                premium = call;
            }
            case CNDR -> premium = spread(day, value, seconds, am, byDelta(day, OptionRight.PUT, Benchmark.CNDR_SHORT_DELTA,
                    seconds), byDelta(day, OptionRight.CALL, Benchmark.CNDR_SHORT_DELTA, seconds),
                    byDelta(day, OptionRight.PUT, Benchmark.CNDR_LONG_DELTA, seconds),
                    byDelta(day, OptionRight.CALL, Benchmark.CNDR_LONG_DELTA, seconds));
            case BFLY -> premium = spread(day, value, seconds, am, round(spot), round(spot),
                    round(spot * (1 - Benchmark.BFLY_WING)), round(spot * (1 + Benchmark.BFLY_WING)));
            default -> throw new IllegalStateException(benchmark.name());
        }
        premiumPctSum += 100 * premium / spot;
        rolls++;
    }

    /** A short put/call pair with long wings, sized so the T-bills cover ten times its maximum loss; its net credit. */
    private double spread(int day, double value, long seconds, boolean am, double shortPut, double shortCall,
                          double longPut, double longCall) {
        double credit = market.spxOption(day, OptionRight.PUT, shortPut, seconds)
                + market.spxOption(day, OptionRight.CALL, shortCall, seconds)
                - market.spxOption(day, OptionRight.PUT, longPut, seconds)
                - market.spxOption(day, OptionRight.CALL, longCall, seconds);
        // "The Treasury bills cover ten times the maximum loss": read as the wider wing's width (the loss at expiry
        // before the credit), which keeps the worst month near the −5.6 % Cboe published for BFLY (docs §7).
        double maxLoss = Math.max(Math.max(shortPut - longPut, longCall - shortCall), STRIKE_STEP);
        double count = value / (Benchmark.SPREAD_COVER * maxLoss);
        held.add(new Held(-count, OptionRight.PUT, shortPut, seconds, am));
        held.add(new Held(-count, OptionRight.CALL, shortCall, seconds, am));
        held.add(new Held(count, OptionRight.PUT, longPut, seconds, am));
        held.add(new Held(count, OptionRight.CALL, longCall, seconds, am));
        cash = value + count * credit;
        units = 0;
        return credit;
    }

    /** The 5-point strike whose BSM |delta| on the day's smile is nearest {@code target}. */
    private double byDelta(int day, OptionRight right, double target, long seconds) {
        double spot = market.spx(day);
        double years = market.daysFromClose(day, seconds) / 365;
        double rate = market.model().riskFreeRate();
        double yield = market.model().dividendYield();
        double forward = spot * Math.exp((rate - yield) * years);
        double best = round(spot);
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < 400; i++) {
            double strike = round(spot) + right.sign() * i * STRIKE_STEP;
            if (strike <= 0) {
                break;
            }
            double vol = market.smile(day).vol(strike, forward, years * 365);
            double delta = Math.abs(Bsm.greeks(right, spot, strike, years, rate, yield, vol).delta());
            double gap = Math.abs(delta - target);
            if (gap < bestGap) {
                bestGap = gap;
                best = strike;
            } else if (delta < target) {
                break;
            }
        }
        return best;
    }

    /**
     * PUT's and WPUT's strike: "the first available strike below" the index (Cboe PUTR methodology, 2015; Cboe's PUT
     * roll records: reference 4178.75 → strike 4175, 3913.49 → 3910, 3926.93 → 3925), on the 5-point grid.
     */
    static double putStrike(double spot) {
        return Math.floor(spot / STRIKE_STEP) * STRIKE_STEP;
    }

    private static double round(double level) {
        return Math.round(level / STRIKE_STEP) * STRIKE_STEP;
    }

    /** The next roll's expiry after {@code today}: next month's standard expiry, or next week's Friday Weekly. */
    private LocalDate nextExpiry(LocalDate today) {
        if (benchmark.weekly()) {
            LocalDate day = today.plusDays(1);
            while (!isRoll(benchmark, day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        LocalDate thisMonth = SpxExpiries.monthly(today);
        return thisMonth.isAfter(today) ? thisMonth : SpxExpiries.monthly(today.withDayOfMonth(1).plusMonths(1));
    }

    private double mark(int day) {
        double total = cash + units * market.spx(day);
        for (Held option : held) {
            total += option.quantity() * market.spxOption(day, option.right(), option.strike(), option.expirySeconds());
        }
        return total;
    }

    /** The first value and every month's last value. */
    static double[] monthEnds(List<LocalDate> dates, double[] values) {
        List<Double> out = new ArrayList<>();
        out.add(values[0]);
        for (int i = 1; i < values.length; i++) {
            boolean lastOfMonth = i == values.length - 1 || dates.get(i + 1).getMonthValue() != dates.get(i).getMonthValue();
            if (lastOfMonth) {
                out.add(values[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Sample standard deviation of the monthly returns × √12. */
    static double monthlyVolatility(double[] monthEnds) {
        int n = monthEnds.length - 1;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 1; i <= n; i++) {
            double r = monthEnds[i] / monthEnds[i - 1] - 1;
            sum += r;
            sumSquares += r * r;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(sumSquares - n * mean * mean, 0) / (n - 1)) * Math.sqrt(12);
    }

    /** The largest fall from a running peak, as a fraction of the peak. */
    static double maxDrawdown(double[] series) {
        double peak = series[0];
        double worst = 0;
        for (double value : series) {
            peak = Math.max(peak, value);
            worst = Math.max(worst, 1 - value / peak);
        }
        return worst;
    }
}
