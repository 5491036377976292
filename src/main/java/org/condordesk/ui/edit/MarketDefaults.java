package org.condordesk.ui.edit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;

/** Sensible starting values read off a scenario's market: the next VIX settlements, futures prices, a condor expiry. */
final class MarketDefaults {

    /** A new condor is opened about two weeks out, the tenor the sample trades. */
    static final int CONDOR_DAYS = 14;

    private final Scenario scenario;
    private final MarketState market;

    MarketDefaults(Scenario scenario) {
        this.scenario = scenario;
        this.market = MarketState.of(scenario);
    }

    MarketState market() {
        return market;
    }

    LocalDate valuationDate() {
        return scenario.valuationTime().toLocalDate();
    }

    /** Standard VIX settlements strictly after the valuation time. */
    List<LocalDate> vixExpiries(int count) {
        return VixCalendar.upcoming(valuationDate().plusDays(1), count);
    }

    /** The VIX futures curve at a settlement date (spot VIX at 0 days, flat beyond the last quote). */
    double futureAt(LocalDate settlement) {
        return market.futures().priceAt(daysTo(settlement, Instrument.VIX_SETTLEMENT_TIME.getHour(),
                Instrument.VIX_SETTLEMENT_TIME.getMinute()));
    }

    double daysTo(LocalDate date, int hour, int minute) {
        return market.daysTo(date.atTime(hour, minute).atZone(Instrument.NEW_YORK));
    }

    /**
     * The core layer's first expiry, else 14 days out (the tenor the sample trades; SPXW lists an expiry every
     * weekday), moved to the Monday when it falls on a weekend. Exchange holidays are not known here: the legs
     * table warns of an expiry on one.
     */
    LocalDate condorExpiry() {
        for (Layer layer : scenario.layers()) {
            if (layer.role() == LayerRole.CORE) {
                for (Leg leg : layer.legs()) {
                    if (leg.instrument().expiryDate().isPresent()) {
                        return leg.instrument().expiryDate().get();
                    }
                }
            }
        }
        LocalDate target = valuationDate().plusDays(CONDOR_DAYS);
        return target.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? target.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : target;
    }

    /** Years to an SPX expiry, at least an hour so a same-day option still prices. */
    double spxYears(LocalDate expiry, Settlement settlement) {
        double days = daysTo(expiry, settlement.timeOfDay().getHour(), settlement.timeOfDay().getMinute());
        return Math.max(days, 1.0 / 24) / Tenor.DAYS_PER_YEAR;
    }

    /** Rounds to the exchange's strike grid. */
    static double roundTo(double value, double step) {
        return Math.round(value / step) * step;
    }

    /** Position of {@code layer} among same-role layers, 1-based, for default names. */
    int nextNumber(LayerRole role) {
        return (int) scenario.layers().stream().filter(l -> l.role() == role).count() + 1;
    }
}
