package org.condordesk.ui.vm;

import java.time.ZonedDateTime;

import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;

/** How far ahead a scenario's legs reach: the range of the analysis-date slider. */
public final class Horizon {

    /** Without any expiring leg the date slider still spans a month. */
    static final double DEFAULT_DAYS = 30;

    private Horizon() {
    }

    /** Calendar days from the valuation time to the last expiry of any leg. */
    public static double lastExpiryDays(Scenario scenario) {
        ZonedDateTime valuation = scenario.valuationInstant();
        double last = 0;
        boolean any = false;
        for (Layer layer : scenario.layers()) {
            for (Leg leg : layer.legs()) {
                if (leg.instrument().expiryTime().isPresent()) {
                    last = Math.max(last, Tenor.days(valuation, leg.instrument().expiryTime().get()));
                    any = true;
                }
            }
        }
        return any ? last : DEFAULT_DAYS;
    }
}
