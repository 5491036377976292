package org.condordesk.market;

import java.time.ZonedDateTime;

import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VolFactorModel;

/**
 * The market a scenario is valued in, ready for the engine: the snapshot's numbers plus the evaluated
 * futures curve, default smile, its 30-day variance strip, the calibrated vol factor model and the variance
 * clock, anchored at the valuation instant.
 */
public final class MarketState {

    private final ZonedDateTime valuationTime;
    private final MarketSnapshot snapshot;
    private final VolFactorModel model;
    private final VixFuturesCurve futures;
    private final SpxSmile smile;
    private final SmileStrip strip;
    private final VolFactor volFactor;
    private final VarianceClock clock;

    public MarketState(ZonedDateTime valuationTime, MarketSnapshot snapshot, VolFactorModel model) {
        this.valuationTime = valuationTime;
        this.snapshot = snapshot;
        this.model = model;
        this.futures = new VixFuturesCurve(snapshot.vixSpot(), snapshot.vixFutures(), valuationTime);
        this.smile = new SpxSmile(snapshot.smile(), snapshot.vixSpot(), snapshot.vix3m());
        double years = VolFactor.VIX_TENOR_DAYS / Tenor.DAYS_PER_YEAR;
        double forward = spxForward(years);
        this.strip = SmileStrip.of(strike -> smile.vol(strike, forward, VolFactor.VIX_TENOR_DAYS), forward, years,
                snapshot.riskFreeRate(), smile.atmVol(VolFactor.VIX_TENOR_DAYS));
        this.volFactor = new VolFactor(model, strip, snapshot.vixSpot());
        this.clock = new VarianceClock(valuationTime, model.timeBasis(), model.nonTradingDayVariance());
    }

    /** The market of a scenario: its snapshot, its vol factor model, at its valuation time. */
    public static MarketState of(Scenario scenario) {
        return new MarketState(scenario.valuationInstant(), scenario.market(), scenario.model());
    }

    /**
     * {@code previous} when it was evaluated from {@code scenario}'s valuation time, snapshot and model (an edit that
     * leaves the market alone: a hedge size, a strike, a layer switched off), else the scenario's new market. The
     * smile's variance strip and the vol-response calibration are most of building one (docs/performance.md).
     */
    public static MarketState of(Scenario scenario, MarketState previous) {
        return previous != null && previous.valuationTime.equals(scenario.valuationInstant())
                && previous.snapshot.equals(scenario.market()) && previous.model.equals(scenario.model())
                ? previous : of(scenario);
    }

    public ZonedDateTime valuationTime() {
        return valuationTime;
    }

    public MarketSnapshot snapshot() {
        return snapshot;
    }

    /** The vol factor model and time basis this market was evaluated with. */
    public VolFactorModel model() {
        return model;
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

    /** The 30-day variance strip of the default smile (the model's own VIX, {@link SmileStrip}). */
    public SmileStrip smileStrip() {
        return strip;
    }

    public VolFactor volFactor() {
        return volFactor;
    }

    /** The clock option variance runs on (calendar or trading time). */
    public VarianceClock varianceClock() {
        return clock;
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
