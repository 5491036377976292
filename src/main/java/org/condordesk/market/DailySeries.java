package org.condordesk.market;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/** A daily history of one index (SPX, VIX, VIX3M), dates strictly increasing. */
public record DailySeries(String symbol, List<DailyBar> bars) {

    public DailySeries {
        Check.name("symbol", symbol, 32);
        bars = Check.list("bars", bars, 1_000_000);
        for (int i = 1; i < bars.size(); i++) {
            if (!bars.get(i).date().isAfter(bars.get(i - 1).date())) {
                throw new ValidationException("bars[" + i + "].date",
                        bars.get(i).date() + " is not after the previous date " + bars.get(i - 1).date());
            }
        }
    }

    /** Closes by date, for joining series on common trading days. */
    public Map<LocalDate, Double> closesByDate() {
        Map<LocalDate, Double> closes = new HashMap<>(bars.size() * 2);
        bars.forEach(bar -> closes.put(bar.date(), bar.close()));
        return closes;
    }
}
