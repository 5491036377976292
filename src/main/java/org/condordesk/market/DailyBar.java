package org.condordesk.market;

import java.time.LocalDate;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/** One trading day of an index: open, high, low and close in index points. */
public record DailyBar(LocalDate date, double open, double high, double low, double close) {

    public DailyBar {
        Check.present("date", date);
        Check.positive("open", open);
        Check.positive("high", high);
        Check.positive("low", low);
        Check.positive("close", close);
        if (high < low) {
            throw new ValidationException("high", "is below low (" + Check.format(low) + ")");
        }
    }
}
