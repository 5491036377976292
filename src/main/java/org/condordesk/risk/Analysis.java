package org.condordesk.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.VolResponse;

/**
 * Everything the engine computes for a scenario: per-leg, per-layer and position greeks at the analysis
 * time, vega by expiry, P&L curves (T+0, T+n, core expiry, then any extra T+n offsets, in that order) with
 * break-evens, theta decay, the SPX × VIX heatmap and the vega-neutral hedge sizes. {@code volResponse} is the
 * SPX vol response the figures use; {@code netVixVegaOtherResponse} is net VIX vega under the other one (the
 * model risk, docs/model.md §4). {@code settled} is true when every leg settled before the analysis time: the
 * P&L is final and flat. {@code vixSpot} is the spot VIX the analysis used (with any what-if shift).
 */
public record Analysis(LocalDateTime analysisTime, Optional<LocalDate> coreExpiry, Greeks position,
                       double spxDeltaWithSpotVol, List<LayerRisk> layers, List<ExpiryBucket> vegaByExpiry,
                       List<PnlCurve> curves, Optional<DecayCurves> decay, Optional<Heatmap> heatmap,
                       List<HedgeSolve> hedgeSolves, Optional<HedgeSolve> selectedHedge, VolResponse volResponse,
                       double netVixVegaOtherResponse, boolean settled, double vixSpot) {

    public Analysis {
        layers = List.copyOf(layers);
        vegaByExpiry = List.copyOf(vegaByExpiry);
        curves = List.copyOf(curves);
        hedgeSolves = List.copyOf(hedgeSolves);
    }

    /** P&L ($) the position's closed lots realised (fees deducted): part of every curve as a constant. */
    public double realizedPnl() {
        return layers.stream().mapToDouble(LayerRisk::realizedPnl).sum();
    }

    /** P&L ($) of the open lots at the analysis time: {@code position.pnl − realizedPnl}. */
    public double unrealizedPnl() {
        return position.pnl() - realizedPnl();
    }

    /** Spot VIX the analysis used: the scenario's, moved by the what-if shift and held at the engine's minimum. */
    public double vixSpot() {
        return vixSpot;
    }

    /** Net VIX vega of the position: $ per +1 point of spot VIX. */
    public double netVixVega() {
        return position.vixVega();
    }

    /** The response {@link #netVixVegaOtherResponse} and {@link HedgeSolve#multiplierOtherResponse} assume. */
    public VolResponse otherVolResponse() {
        return volResponse.other();
    }

    /** The P&L curve at the analysis time (T+0). */
    public PnlCurve todayCurve() {
        return curves.get(0);
    }

    /** The P&L curve at the chosen date (T+n). */
    public PnlCurve targetCurve() {
        return curves.get(1);
    }

    /** The P&L curve at the core layer's expiry. */
    public PnlCurve expiryCurve() {
        return curves.get(2);
    }
}
