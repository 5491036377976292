package org.condordesk.market;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.model.Check;

/** A daily history of one index (SPX, VIX, VIX3M), dates strictly increasing. */
public record DailySeries(String symbol, List<DailyBar> bars) {

    public DailySeries {
        Check.name("symbol", symbol, 32);
        bars = Check.list("bars", bars, 1_000_000);
        Check.datesIncreasing("bars", bars, DailyBar::date);
    }

    /** Closes by date, for joining series on common trading days. */
    public Map<LocalDate, Double> closesByDate() {
        Map<LocalDate, Double> closes = new HashMap<>(bars.size() * 2);
        bars.forEach(bar -> closes.put(bar.date(), bar.close()));
        return closes;
    }
}
