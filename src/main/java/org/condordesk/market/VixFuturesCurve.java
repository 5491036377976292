package org.condordesk.market;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;

/**
 * The VIX futures curve as a function of tenor (calendar days to settlement): spot VIX at tenor 0, each
 * quoted future at its tenor, linear in between, flat beyond the last quote. Held constant in tenor, it
 * is also the curve's roll-down: a future τ days out is worth {@code price(τ − n)} after n days.
 */
public final class VixFuturesCurve {

    private final double[] tenorDays;
    private final double[] prices;

    public VixFuturesCurve(double vixSpot, List<FuturesQuote> quotes, ZonedDateTime valuationTime) {
        double[] tenors = new double[quotes.size() + 1];
        double[] levels = new double[quotes.size() + 1];
        tenors[0] = 0;
        levels[0] = vixSpot;
        int n = 1;
        for (FuturesQuote quote : quotes) {
            double days = Tenor.days(valuationTime, Instrument.vixSettlement(quote.expiry()));
            if (days > 0) {
                tenors[n] = days;
                levels[n] = quote.price();
                n++;
            }
        }
        this.tenorDays = Arrays.copyOf(tenors, n);
        this.prices = Arrays.copyOf(levels, n);
    }

    /** The curve's price at {@code days} to settlement (0 = spot VIX). */
    public double priceAt(double days) {
        return LinearTable.at(tenorDays, prices, days);
    }

    /** Points lost by a future {@code days} from settlement over the next calendar day, curve held in tenor. */
    public double rollDownPerDay(double days) {
        return priceAt(Math.max(days - 1, 0)) - priceAt(days);
    }

    /** Tenors of the curve's knots in days, spot first. */
    public double[] tenorsDays() {
        return tenorDays.clone();
    }
}
