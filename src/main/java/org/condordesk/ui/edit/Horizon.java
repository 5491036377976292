package org.condordesk.ui.edit;

import java.time.ZonedDateTime;

import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;

/**
 * How far ahead a scenario's legs reach: the range of the analysis-date slider, where its core expiry mark sits,
 * and the day a drag snaps to near it.
 */
public final class Horizon {

    /** Without any expiring leg the date slider still spans a month. */
    static final double DEFAULT_DAYS = 30;

    private Horizon() {
    }

    /** Within this many days of the core expiry, the date slider lands on the expiry itself. */
    static final double SNAP_DAYS = 0.5;

    /**
     * Clock days (market.Tenor: whole days on the valuation's New York clock time) from the valuation time to the
     * first expiry of a CORE layer's legs (of any leg when there is
     * no core layer), as the engine takes the core expiry; empty without any expiring leg.
     */
    public static java.util.OptionalDouble coreExpiryDays(Scenario scenario) {
        ZonedDateTime valuation = scenario.valuationInstant();
        double core = Double.POSITIVE_INFINITY;
        double any = Double.POSITIVE_INFINITY;
        for (Layer layer : scenario.layers()) {
            for (Leg leg : layer.legs()) {
                if (leg.instrument().expiryTime().isPresent()) {
                    double days = Tenor.clockDays(valuation, leg.instrument().expiryTime().get());
                    any = Math.min(any, days);
                    if (layer.role() == org.condordesk.model.LayerRole.CORE) {
                        core = Math.min(core, days);
                    }
                }
            }
        }
        double days = Double.isFinite(core) ? core : any;
        return Double.isFinite(days) ? java.util.OptionalDouble.of(days) : java.util.OptionalDouble.empty();
    }

    /**
     * The analysis date a slider value means: whole days, except within {@link #SNAP_DAYS} of the core expiry,
     * which lands on the expiry instant itself (16:00 on a PM expiry day, not the valuation's time of day).
     */
    public static double snap(double sliderDays, java.util.OptionalDouble coreExpiryDays) {
        if (coreExpiryDays.isPresent() && Math.abs(sliderDays - coreExpiryDays.getAsDouble()) <= SNAP_DAYS) {
            return coreExpiryDays.getAsDouble();
        }
        return Math.max(0, Math.round(sliderDays));
    }

    /** Clock days from the valuation time to the last expiry of any leg. */
    public static double lastExpiryDays(Scenario scenario) {
        ZonedDateTime valuation = scenario.valuationInstant();
        double last = 0;
        boolean any = false;
        for (Layer layer : scenario.layers()) {
            for (Leg leg : layer.legs()) {
                if (leg.instrument().expiryTime().isPresent()) {
                    last = Math.max(last, Tenor.clockDays(valuation, leg.instrument().expiryTime().get()));
                    any = true;
                }
            }
        }
        return any ? last : DEFAULT_DAYS;
    }
}
