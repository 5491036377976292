package org.condordesk.ui.edit;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.Tenor;
import org.condordesk.market.VixFuturesCurve;
import org.condordesk.market.VolFactor;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixEtf;
import org.condordesk.risk.SpxOptionPricer;
import org.condordesk.risk.VixFuturePricer;

/**
 * Market edits that mean one thing, as new scenarios: spot VIX moved with what the vol factor model says moves
 * with it (or the index alone), the VIX futures curve shifted (in parallel or tilted by tenor), SPX implied vols
 * bumped (every leg, or one expiry). docs/model.md §4 gives the model: an SPX option τ days out moves by its vol
 * response (s·w(τ) vol points per VIX point, or in proportion to its vol), a VIX future b(τ) points, an ETF with
 * its constant-maturity future.
 */
public final class MarketMoves {

    /** The engine's least implied vol: a bump never takes a leg below it. */
    private static final double MIN_VOL = SpxOptionPricer.MIN_VOL;
    /** The engine's least VIX-future level. */
    private static final double MIN_VIX = VixFuturePricer.MIN_FUTURE_POINTS;

    /** How an edit of spot VIX travels. */
    public enum VixEdit {
        /** SPX leg vols, the VX curve, VIX3M and ETF prices move through the vol factor model (the default). */
        THROUGH_MODEL,
        /** Only the index changes; every other input stays as typed. */
        INDEX_ONLY
    }

    private MarketMoves() {
    }

    /**
     * Spot VIX set to {@code newVix}. Through the model, a move Δ = new − old adds dσ/dVIX·Δ (the engine's slope
     * under the scenario's vol response) to each SPX leg's implied vol, b(τ)·Δ to each VX future quote and to VIX3M (b at 93 days), and moves each held ETF's price by
     * leverage × b(target)·Δ / F_cm(target), exactly as the engine's VIX shift does; so the result, analysed,
     * equals the old scenario analysed with a VIX shift of Δ. VIX-option vols (vol of vol) do not move.
     */
    public static Scenario moveVix(Scenario scenario, double newVix, VixEdit how) {
        MarketSnapshot market = scenario.market();
        double move = newVix - market.vixSpot();
        if (how == VixEdit.INDEX_ONLY || move == 0) {
            return scenario.withMarket(market.withVixSpot(newVix));
        }
        org.condordesk.market.MarketState state = org.condordesk.market.MarketState.of(scenario);
        VolFactor factor = state.volFactor();
        ZonedDateTime valuation = scenario.valuationInstant();
        VixFuturesCurve curve = state.futures();
        List<FuturesQuote> futures = new ArrayList<>();
        for (FuturesQuote quote : market.vixFutures()) {
            double days = Tenor.days(valuation, org.condordesk.model.Instrument.vixSettlement(quote.expiry()));
            futures.add(new FuturesQuote(quote.expiry(), Math.max(quote.price() + factor.futuresBeta(days) * move, MIN_VIX)));
        }
        List<EtfQuote> etfs = new ArrayList<>();
        for (EtfQuote quote : market.etfQuotes()) {
            Optional<VixEtf> held = heldEtf(scenario, quote.symbol());
            double price = held.map(etf -> {
                double cm = curve.priceAt(etf.targetTenorDays());
                return quote.price() * (1 + etf.leverage() * factor.futuresBeta(etf.targetTenorDays()) * move / cm);
            }).orElse(quote.price());
            etfs.add(new EtfQuote(quote.symbol(), Math.max(price, 0.01)));
        }
        MarketSnapshot moved = market.withVixSpot(newVix)
                .withVix3m(Math.max(market.vix3m() + factor.futuresBeta(MarketSnapshot.VIX3M_TENOR_DAYS) * move, MarketSnapshot.MIN_VIX_SPOT))
                .withVixFutures(futures).withEtfQuotes(etfs);
        // Each leg's own slope dσ/dVIX under the scenario's vol response (parallel or proportional to its vol).
        return bumpSpxVols(scenario, Optional.empty(),
                (vol, days) -> 100 * factor.volPerVixPoint(factor.response(), vol, days) * move).withMarket(moved);
    }

    /** What a VIX edit did, for the status line: the header must never contradict the inputs without a reason. */
    public static String describeVixEdit(Scenario before, Scenario after, VixEdit how) {
        String move = "VIX " + format(before.market().vixSpot()) + " → " + format(after.market().vixSpot());
        if (how == VixEdit.INDEX_ONLY) {
            return move + ": only the index changed; SPX leg vols, the VX curve (front "
                    + after.market().vixFutures().stream().findFirst().map(q -> format(q.price())).orElse("—")
                    + ") and VIX3M " + format(after.market().vix3m()) + " stay as typed";
        }
        return move + ": SPX leg vols, the VX curve, VIX3M (now " + format(after.market().vix3m())
                + ") and held ETF prices moved with it through the vol factor model";
    }

    private static String format(double value) {
        return String.format(java.util.Locale.US, "%.2f", value);
    }

    /** SPX implied vols of every leg (or of the legs expiring on {@code expiry}) raised by {@code volPoints}. */
    public static Scenario bumpSpxVols(Scenario scenario, double volPoints, Optional<LocalDate> expiry) {
        return bumpSpxVols(scenario, expiry, (vol, days) -> volPoints);
    }

    /** {@code volPoints} gives the vol points to add to a leg of vol {@code vol} (decimal) {@code days} out. */
    private static Scenario bumpSpxVols(Scenario scenario, Optional<LocalDate> expiry,
                                        java.util.function.DoubleBinaryOperator volPoints) {
        ZonedDateTime valuation = scenario.valuationInstant();
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : scenario.layers()) {
            List<Leg> legs = new ArrayList<>();
            for (Leg leg : layer.legs()) {
                boolean bumped = leg.instrument().kind() == InstrumentKind.SPX_OPTION && leg.impliedVol().isPresent()
                        && (expiry.isEmpty() || leg.instrument().expiryDate().equals(expiry));
                if (bumped) {
                    double days = Tenor.days(valuation, leg.instrument().expiryTime().orElseThrow());
                    double vol = leg.impliedVol().getAsDouble()
                            + volPoints.applyAsDouble(leg.impliedVol().getAsDouble(), days) / 100;
                    legs.add(leg.withImpliedVol(Math.max(vol, MIN_VOL)));
                } else {
                    legs.add(leg);
                }
            }
            layers.add(layer.withLegs(legs));
        }
        return scenario.withLayers(layers);
    }

    /**
     * The VX curve shifted by {@code frontPoints} at its first quote and {@code backPoints} at its last, linearly
     * in days to settlement between them (equal values: a parallel shift).
     */
    public static Scenario shiftFutures(Scenario scenario, double frontPoints, double backPoints) {
        List<FuturesQuote> quotes = scenario.market().vixFutures();
        if (quotes.isEmpty()) {
            return scenario;
        }
        LocalDate first = quotes.get(0).expiry();
        double span = java.time.temporal.ChronoUnit.DAYS.between(first, quotes.get(quotes.size() - 1).expiry());
        List<FuturesQuote> shifted = new ArrayList<>();
        for (FuturesQuote quote : quotes) {
            double along = span == 0 ? 0 : java.time.temporal.ChronoUnit.DAYS.between(first, quote.expiry()) / span;
            double shift = frontPoints + (backPoints - frontPoints) * along;
            shifted.add(new FuturesQuote(quote.expiry(), Math.max(quote.price() + shift, MIN_VIX)));
        }
        return scenario.withMarket(scenario.market().withVixFutures(shifted));
    }

    /** The distinct expiry dates of the scenario's SPX legs, in order: the choices of a per-expiry IV bump. */
    public static List<LocalDate> spxExpiries(Scenario scenario) {
        return scenario.layers().stream().flatMap(l -> l.legs().stream())
                .filter(l -> l.instrument().kind() == InstrumentKind.SPX_OPTION)
                .map(l -> l.instrument().expiryDate().orElseThrow()).distinct().sorted().toList();
    }

    private static Optional<VixEtf> heldEtf(Scenario scenario, String symbol) {
        return scenario.layers().stream().flatMap(l -> l.legs().stream())
                .map(Leg::instrument).filter(i -> i instanceof VixEtf).map(i -> (VixEtf) i)
                .filter(etf -> etf.symbol().equals(symbol)).findFirst();
    }
}
