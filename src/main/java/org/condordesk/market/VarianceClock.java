package org.condordesk.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.condordesk.model.Instrument;
import org.condordesk.model.TimeBasis;

/**
 * The clock option variance runs on (docs/model.md §2). Calendar: years = days / 365. Trading: every New York
 * date carries a weight, 1 for a business day and {@code f} for a weekend day or exchange holidays
 * ({@link ExchangeCalendar}), spread evenly over that date's real hours; years = weight / (252 + 113·f), so an
 * ordinary year still holds one year of variance and implied vols keep their meaning. Days are measured from
 * the valuation instant, as everywhere in the engine.
 */
public final class VarianceClock {

    /** Trading days in a typical year: the trading-time year is 252 trading days plus 113 weighted others. */
    public static final double TRADING_DAYS_PER_YEAR = 252;
    /** The trading clock is tabulated this many dates ahead; beyond, each day counts its average weight. */
    static final int TABLE_DAYS = 4 * 366;

    private final boolean trading;
    private final double weightPerYear;
    /** Days from the valuation instant to midnight New York of date k (k = 0: the valuation date). */
    private final double[] midnights;
    /** Weight accumulated from midnight of the valuation date to midnight of date k. */
    private final double[] cumulative;
    private final double[] weights;

    public VarianceClock(ZonedDateTime valuationTime, TimeBasis basis, double nonTradingDayVariance) {
        this.trading = basis == TimeBasis.TRADING;
        this.weightPerYear = TRADING_DAYS_PER_YEAR + (Tenor.DAYS_PER_YEAR - TRADING_DAYS_PER_YEAR) * nonTradingDayVariance;
        int n = trading ? TABLE_DAYS : 0;
        midnights = new double[n + 1];
        cumulative = new double[n + 1];
        weights = new double[n];
        LocalDate first = valuationTime.toLocalDate();
        for (int k = 0; k <= n; k++) {
            LocalDate date = first.plusDays(k);
            midnights[k] = Tenor.days(valuationTime, date.atStartOfDay(Instrument.NEW_YORK));
            if (k < n) {
                weights[k] = ExchangeCalendar.isBusinessDay(date) ? 1 : nonTradingDayVariance;
                cumulative[k + 1] = cumulative[k] + weights[k];
            }
        }
    }

    /** Years of variance between {@code fromDays} and {@code toDays} after the valuation instant (0 if reversed). */
    public double years(double fromDays, double toDays) {
        if (!(toDays > fromDays)) {
            return 0;
        }
        if (!trading) {
            return (toDays - fromDays) / Tenor.DAYS_PER_YEAR;
        }
        return (weightAt(toDays) - weightAt(fromDays)) / weightPerYear;
    }

    /** Weight accumulated from midnight of the valuation date to {@code days} after the valuation instant. */
    private double weightAt(double days) {
        int last = weights.length;
        if (days >= midnights[last]) {
            return cumulative[last] + (days - midnights[last]) * weightPerYear / Tenor.DAYS_PER_YEAR;
        }
        int found = Arrays.binarySearch(midnights, days);
        int k = found >= 0 ? found : -found - 2; // the last midnight at or before days
        if (k < 0) {
            return 0;
        }
        double length = midnights[k + 1] - midnights[k];
        return cumulative[k] + weights[k] * (days - midnights[k]) / length;
    }
}
