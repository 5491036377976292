package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.SpxOption;
import org.condordesk.risk.PositionValuation;

/**
 * Values {@link Shock}s on a position through the engine's public valuation ({@link PositionValuation}): each layer's
 * P&L change from today's mark, at layer size 1 (every layer enabled) so that any size is a multiple of it, and at the
 * layers' own sizes (docs/capital.md §4). Shocks the engine takes as arguments (SPX, spot VIX, days) reuse one
 * valuation; SPX implied-vol shifts and futures-curve moves value a changed scenario and market snapshot.
 * Immutable and thread-safe.
 */
public final class StressValuation {

    /** A shocked implied vol never falls below this (decimal): a leg must keep a positive vol. */
    static final double MIN_SHOCKED_VOL = 0.001;

    private final Scenario scenario;
    private final Scenario unit;
    private final MarketState market;
    private final PositionValuation base;
    private final double[] baseUnitPnl;
    private final double[] weights;

    private StressValuation(Scenario scenario) {
        this.scenario = scenario;
        this.unit = unitSized(scenario);
        this.market = MarketState.of(unit);
        this.base = PositionValuation.of(unit, market, 0);
        this.baseUnitPnl = base.on(0).layerPnl(spxSpot(), vixSpot());
        this.weights = scenario.layers().stream().mapToDouble(Layer::weight).toArray();
    }

    public static StressValuation of(Scenario scenario) {
        return new StressValuation(scenario);
    }

    /** The scenario with every layer enabled at size 1: the unit each layer's figures scale from. */
    static Scenario unitSized(Scenario scenario) {
        List<Layer> layers = scenario.layers().stream().map(l -> l.withEnabled(true).withSize(1)).toList();
        return scenario.withLayers(layers);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The market the position is valued in (built once; its vol response calibrated on first use). */
    public MarketState market() {
        return market;
    }

    public double spxSpot() {
        return scenario.market().spxSpot();
    }

    public double vixSpot() {
        return scenario.market().vixSpot();
    }

    /** Each layer's weight in the position: its size, 0 when disabled. */
    public double[] weights() {
        return weights.clone();
    }

    public boolean isHedge(int layer) {
        return scenario.layers().get(layer).role() == LayerRole.HEDGE;
    }

    /** The SPX level a shock moves to. */
    public double spxAfter(Shock shock) {
        return spxSpot() * (1 + shock.spxMovePct() / 100);
    }

    /** Spot VIX after a shock: the spot–vol map's response at its scale (if any) plus the points, at least 1. */
    public double vixAfter(Shock shock) {
        double mapped = vixSpot();
        if (!Double.isNaN(shock.mapScale())) {
            SpotVolMap map = scenario.model().spotVol().withStickyVol(false).withScale(shock.mapScale());
            mapped = map.vixAfter(vixSpot(), shock.spxLogMovePct());
        }
        return Math.max(mapped + shock.vixMovePoints(), MarketSnapshot.MIN_VIX_SPOT);
    }

    /** Each layer's P&L change ($) from today's mark under {@code shock}, at layer size 1. */
    public double[] unitLayerPnl(Shock shock) {
        double vix = vixAfter(shock);
        PositionValuation valuation = valuationFor(shock, vix);
        double[] pnl = valuation.on(shock.daysElapsed()).layerPnl(spxAfter(shock), vix);
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] -= baseUnitPnl[i];
        }
        return pnl;
    }

    /** The stress's result at the layers' own sizes. */
    public StressResult result(Shock shock, StressResult.Group group) {
        double[] unitPnl = unitLayerPnl(shock);
        return StressResult.of(shock.name(), group, shock.spxMovePct(), vixAfter(shock), unitPnl, weights, roles());
    }

    /** The unit-sized position valued as {@code shock} leaves it: changed vols or futures curve, else today's. */
    PositionValuation valuationFor(Shock shock, double vixAfter) {
        return shock.changesInputs() ? shocked(shock, vixAfter) : base;
    }

    /** The unit-sized scenario (every layer enabled at size 1). */
    Scenario unit() {
        return unit;
    }

    /** The unit-sized position in today's market. */
    PositionValuation base() {
        return base;
    }

    LayerRole[] roles() {
        return scenario.layers().stream().map(Layer::role).toArray(LayerRole[]::new);
    }

    private PositionValuation shocked(Shock shock, double vix) {
        Scenario moved = unit.withLayers(unit.layers().stream().map(l -> l.withLegs(shiftVols(l.legs(), shock))).toList());
        MarketState movedMarket = market;
        if (shock.curveShiftPoints() != 0 || shock.curveTwistPoints() != 0 || !Double.isNaN(shock.vix3mMovePoints())) {
            MarketSnapshot snapshot = moved.market().withVixFutures(movedCurve(shock, vix - vixSpot()));
            moved = moved.withMarket(snapshot);
            movedMarket = MarketState.of(moved);
        }
        return PositionValuation.of(moved, movedMarket, 0);
    }

    private static List<Leg> shiftVols(List<Leg> legs, Shock shock) {
        List<Leg> out = new ArrayList<>(legs.size());
        for (Leg leg : legs) {
            if (leg.instrument() instanceof SpxOption option) {
                double points = shock.spxIvShiftPoints() + shock.ivShiftsByExpiry().stream()
                        .filter(s -> s.expiry().equals(option.expiry())).mapToDouble(ExpiryIvShift::volPoints).sum();
                out.add(points == 0 ? leg : leg.withImpliedVol(Math.max(leg.vol() + points / 100, MIN_SHOCKED_VOL)));
            } else {
                out.add(leg);
            }
        }
        return out;
    }

    /**
     * The futures quotes moved so that, with the engine's own b(τ)·ΔVIX on top, each future moves by the shock's
     * curve move at its tenor: the user's shift and twist, or the historical VIX–VIX3M term move.
     */
    private List<FuturesQuote> movedCurve(Shock shock, double vixMove) {
        List<FuturesQuote> out = new ArrayList<>();
        for (FuturesQuote quote : scenario.market().vixFutures()) {
            double days = market.daysTo(Instrument.vixSettlement(quote.expiry()));
            double extra = shock.curveShiftPoints() + shock.curveTwistPoints() * Math.max(days, 0) / Shock.TWIST_TENOR_DAYS;
            if (!Double.isNaN(shock.vix3mMovePoints()) && days > 0) {
                double share = Math.min(days, MarketSnapshot.VIX3M_TENOR_DAYS) / MarketSnapshot.VIX3M_TENOR_DAYS;
                double termMove = vixMove + (shock.vix3mMovePoints() - vixMove) * share;
                extra += termMove - market.volFactor().futuresBeta(days) * vixMove;
            }
            out.add(new FuturesQuote(quote.expiry(), Math.max(quote.price() + extra, 0.01)));
        }
        return out;
    }

}
