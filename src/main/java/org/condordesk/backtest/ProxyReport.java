package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.condordesk.market.VxDailySettle;
import org.condordesk.model.Instrument;

/**
 * How far the proxy VIX curve ({@link VixTermProxy}) sits from real VX settlements (docs/backtest.md §proxy vs real):
 * for every imported settlement of a contract not yet settling, on a day the history has VIX and VIX3M, the proxy's
 * price of the same contract minus the real one, grouped by tenor bucket and by year.
 */
public final class ProxyReport {

    /** Tenor buckets in calendar days: [0, 30), [30, 60), [60, 90), [90, 120), [120, ∞). */
    static final int[] BUCKET_STARTS = {0, 30, 60, 90, 120};

    /** One group's errors (points, proxy − real): count, mean, median and the share of days the proxy was above. */
    public record Errors(String group, int count, double meanPoints, double medianPoints, double shareProxyAbove) {
    }

    /** Errors by tenor bucket and by year, and the number of settlements compared. */
    public record Report(List<Errors> byTenor, List<Errors> byYear, int compared) {
    }

    private ProxyReport() {
    }

    public static Report of(BacktestMarket market, List<VxDailySettle> settles) {
        Map<String, List<Double>> byTenor = new TreeMap<>();
        Map<String, List<Double>> byYear = new TreeMap<>();
        int compared = 0;
        for (VxDailySettle settle : settles) {
            int day = market.indexOnOrBefore(settle.day());
            if (day < 0 || !market.date(day).equals(settle.day()) || Double.isNaN(market.vix3m(day))
                    || !settle.expiry().isAfter(settle.day())) {
                continue;
            }
            double tenor = market.daysFromClose(day, Instrument.vixSettlement(settle.expiry()).toEpochSecond());
            double error = market.proxyFuture(day, tenor) - settle.settlePoints();
            byTenor.computeIfAbsent(bucket(tenor), key -> new ArrayList<>()).add(error);
            byYear.computeIfAbsent(Integer.toString(settle.day().getYear()), key -> new ArrayList<>()).add(error);
            compared++;
        }
        return new Report(summarise(byTenor), summarise(byYear), compared);
    }

    static String bucket(double tenorDays) {
        for (int i = BUCKET_STARTS.length - 1; i >= 0; i--) {
            if (tenorDays >= BUCKET_STARTS[i]) {
                return i == BUCKET_STARTS.length - 1 ? String.format("%03d+ days", BUCKET_STARTS[i])
                        : String.format("%03d-%03d days", BUCKET_STARTS[i], BUCKET_STARTS[i + 1]);
            }
        }
        return "000-030 days";
    }

    private static List<Errors> summarise(Map<String, List<Double>> groups) {
        List<Errors> out = new ArrayList<>();
        groups.forEach((group, errors) -> {
            double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            long above = Arrays.stream(sorted).filter(e -> e > 0).count();
            out.add(new Errors(group, n, Arrays.stream(sorted).average().orElse(Double.NaN), median, (double) above / n));
        });
        return out;
    }

    /** The first and last day compared, for the report's title. */
    public static String range(List<VxDailySettle> settles) {
        LocalDate first = settles.stream().map(VxDailySettle::day).min(LocalDate::compareTo).orElse(null);
        LocalDate last = settles.stream().map(VxDailySettle::day).max(LocalDate::compareTo).orElse(null);
        return first == null ? "no settlements" : first + " .. " + last;
    }
}
