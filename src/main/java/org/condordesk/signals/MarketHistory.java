package org.condordesk.signals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;

/**
 * The inputs of the signals on SPX's trading days: SPX closes, and VIX, VIX3M and the A/D line joined by date.
 * A day a secondary series lacks takes its last value from at most {@link #MAX_CARRY_DAYS} trading days back
 * (a holiday one exchange kept and the other did not); beyond that, or before the series starts, it is missing
 * (NaN). Carrying only looks back, so day d never sees a value from after d.
 */
public final class MarketHistory {

    /** How many SPX trading days a VIX/VIX3M/A-D value may be carried over a gap in its own series. */
    public static final int MAX_CARRY_DAYS = 5;

    private final LocalDate[] dates;
    private final double[] spxClose;
    private final DailySeries spx;
    private final double[] vix;
    private final double[] vix3m;
    private final double[] adLine;
    private final boolean hasAdvanceDecline;

    private MarketHistory(DailySeries spx, LocalDate[] dates, double[] spxClose, double[] vix, double[] vix3m,
                          double[] adLine, boolean hasAdvanceDecline) {
        this.spx = spx;
        this.dates = dates;
        this.spxClose = spxClose;
        this.vix = vix;
        this.vix3m = vix3m;
        this.adLine = adLine;
        this.hasAdvanceDecline = hasAdvanceDecline;
    }

    /** Joins the series on SPX's days; any of VIX, VIX3M and A/D may be absent. */
    public static MarketHistory of(DailySeries spx, Optional<DailySeries> vix, Optional<DailySeries> vix3m,
                                   Optional<AdvanceDeclineSeries> ad) {
        List<DailyBar> bars = spx.bars();
        LocalDate[] dates = new LocalDate[bars.size()];
        double[] closes = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            dates[i] = bars.get(i).date();
            closes[i] = bars.get(i).close();
        }
        Map<LocalDate, Double> adByDate = new TreeMap<>();
        ad.ifPresent(line -> line.points().forEach(p -> adByDate.put(p.date(), p.adLine())));
        return new MarketHistory(spx, dates, closes, joined(dates, vix.map(DailySeries::closesByDate)),
                joined(dates, vix3m.map(DailySeries::closesByDate)), joined(dates, ad.map(x -> adByDate)), ad.isPresent());
    }

    private static double[] joined(LocalDate[] dates, Optional<Map<LocalDate, Double>> values) {
        double[] out = new double[dates.length];
        Arrays.fill(out, Double.NaN);
        if (values.isEmpty()) {
            return out;
        }
        Map<LocalDate, Double> byDate = values.get();
        double last = Double.NaN;
        int age = 0;
        for (int i = 0; i < dates.length; i++) {
            Double value = byDate.get(dates[i]);
            if (value != null) {
                last = value;
                age = 0;
            } else {
                age++;
            }
            out[i] = age <= MAX_CARRY_DAYS ? last : Double.NaN;
        }
        return out;
    }

    /** The same history ending at day {@code lastDay} (inclusive): what was known on that day. */
    public MarketHistory upTo(int lastDay) {
        if (lastDay < 0 || lastDay >= dates.length) {
            throw new ValidationException("day", "must be 0 to " + (dates.length - 1) + ", got " + lastDay);
        }
        int n = lastDay + 1;
        return new MarketHistory(new DailySeries(spx.symbol(), spx.bars().subList(0, n)), Arrays.copyOf(dates, n),
                Arrays.copyOf(spxClose, n), Arrays.copyOf(vix, n), Arrays.copyOf(vix3m, n), Arrays.copyOf(adLine, n),
                hasAdvanceDecline);
    }

    public int size() {
        return dates.length;
    }

    public LocalDate date(int day) {
        return dates[day];
    }

    /** The index of the last trading day on or before {@code date}, or -1 if it is before the first. */
    public int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    public DailySeries spx() {
        return spx;
    }

    double[] spxCloses() {
        return spxClose;
    }

    double[] vixCloses() {
        return vix;
    }

    double[] vix3mCloses() {
        return vix3m;
    }

    double[] adLine() {
        return adLine;
    }

    public boolean hasAdvanceDecline() {
        return hasAdvanceDecline;
    }

    public double spxClose(int day) {
        return spxClose[day];
    }

    public double vix(int day) {
        return vix[day];
    }
}
