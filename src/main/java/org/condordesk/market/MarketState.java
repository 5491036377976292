package org.condordesk.market;

import java.time.ZonedDateTime;

import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * The market a scenario is valued in, ready for the engine: the snapshot's numbers plus the evaluated
 * futures curve, default smile and vol factor model, anchored at the valuation instant.
 */
public final class MarketState {

    private final ZonedDateTime valuationTime;
    private final MarketSnapshot snapshot;
    private final VixFuturesCurve futures;
    private final SpxSmile smile;
    private final VolFactor volFactor;

    public MarketState(ZonedDateTime valuationTime, MarketSnapshot snapshot, VolFactor volFactor) {
        this.valuationTime = valuationTime;
        this.snapshot = snapshot;
        this.futures = new VixFuturesCurve(snapshot.vixSpot(), snapshot.vixFutures(), valuationTime);
        this.smile = new SpxSmile(snapshot.smile(), snapshot.vixSpot(), snapshot.vix3m());
        this.volFactor = volFactor;
    }

    /** The market of a scenario: its snapshot, its vol factor model, at its valuation time. */
    public static MarketState of(Scenario scenario) {
        return new MarketState(scenario.valuationInstant(), scenario.market(), new VolFactor(scenario.model()));
    }

    public ZonedDateTime valuationTime() {
        return valuationTime;
    }

    public MarketSnapshot snapshot() {
        return snapshot;
    }

    public double spxSpot() {
        return snapshot.spxSpot();
    }

    public double rate() {
        return snapshot.riskFreeRate();
    }

    public double dividendYield() {
        return snapshot.dividendYield();
    }

    public double vixSpot() {
        return snapshot.vixSpot();
    }

    /** SPX forward to {@code years}: {@code S·e^{(r−q)T}}. */
    public double spxForward(double years) {
        return spxSpot() * Math.exp((rate() - dividendYield()) * years);
    }

    public VixFuturesCurve futures() {
        return futures;
    }

    public SpxSmile smile() {
        return smile;
    }

    public VolFactor volFactor() {
        return volFactor;
    }

    /** Calendar days from the valuation time to {@code instant}. */
    public double daysTo(ZonedDateTime instant) {
        return Tenor.days(valuationTime, instant);
    }

    /** Price per share of a VIX ETF in the snapshot. */
    public double etfPrice(String symbol) {
        return snapshot.etfQuote(symbol)
                .orElseThrow(() -> new ValidationException("market.etfQuotes", "no price for " + symbol))
                .price();
    }
}
