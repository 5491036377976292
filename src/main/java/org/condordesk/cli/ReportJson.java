package org.condordesk.cli;

import java.util.List;

import org.condordesk.model.Instrument;
import org.condordesk.model.Leg;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.ExpiryBucket;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.LayerRisk;
import org.condordesk.risk.LegRisk;
import org.condordesk.risk.PnlCurve;
import org.condordesk.risk.WholeContractSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of {@code report}: key names are a contract for scripts (docs/cli.md). */
final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /** The report of a scenario of {@code status}: P&L split into realised (closed lots) and unrealised (open lots). */
    static ObjectNode of(String scenarioName, PositionStatus status, Analysis analysis) {
        ObjectNode root = NODES.objectNode();
        root.put("scenario", scenarioName);
        root.put("status", status.name());
        root.put("asOf", analysis.analysisTime().toString());
        root.put("coreExpiry", analysis.coreExpiry().map(Object::toString).orElse(null));
        root.put("volResponse", analysis.volResponse().key());
        root.put("otherVolResponse", analysis.otherVolResponse().key());
        root.put("settled", analysis.settled());
        number(root, "finalPnl", analysis.settled() ? analysis.position().pnl() : Double.NaN);
        number(root, "pnl", analysis.position().pnl());
        number(root, "realizedPnl", analysis.realizedPnl());
        number(root, "unrealizedPnl", analysis.unrealizedPnl());
        number(root, "netVixVega", analysis.netVixVega());
        number(root, "netVixVegaOtherResponse", analysis.netVixVegaOtherResponse());
        ObjectNode greeks = greeks(analysis.position());
        number(greeks, "spxDeltaWithSpotVol", analysis.spxDeltaWithSpotVol());
        root.set("greeks", greeks);
        ArrayNode layers = root.putArray("layers");
        analysis.layers().forEach(layer -> layers.add(layer(layer)));
        ArrayNode buckets = root.putArray("vegaByExpiry");
        analysis.vegaByExpiry().forEach(bucket -> buckets.add(bucket(bucket)));
        PnlCurve expiry = analysis.expiryCurve();
        root.set("breakEvens", numbers(expiry.breakEvens()));
        extremes(root, expiry);
        ArrayNode curves = root.putArray("curves");
        analysis.curves().forEach(curve -> curves.add(curve(curve)));
        number(root, "vegaNeutralHedgeMultiplier",
                analysis.selectedHedge().filter(HedgeSolve::feasible).map(HedgeSolve::multiplier).orElse(Double.NaN));
        ArrayNode solves = root.putArray("hedgeSolves");
        analysis.hedgeSolves().forEach(solve -> solves.add(solve(solve)));
        return root;
    }

    static ObjectNode greeks(Greeks g) {
        ObjectNode node = NODES.objectNode();
        number(node, "value", g.value());
        number(node, "pnl", g.pnl());
        number(node, "notional", g.notional());
        number(node, "spxDelta", g.spxDelta());
        number(node, "spxEquivalentContracts", g.spxEquivalentContracts());
        number(node, "spxGamma", g.spxGamma());
        number(node, "thetaPerDay", g.thetaPerDay());
        number(node, "spxVegaPerVolPoint", g.spxVega());
        number(node, "vixOptionVegaPerVolPoint", g.vixOptionVega());
        number(node, "vixVega", g.vixVega());
        number(node, "rhoPerPoint", g.rhoPerPoint());
        return node;
    }

    private static ObjectNode layer(LayerRisk risk) {
        ObjectNode node = NODES.objectNode();
        node.put("name", risk.layer().name());
        node.put("role", risk.layer().role().name());
        node.put("enabled", risk.layer().enabled());
        number(node, "sizeMultiplier", risk.layer().sizeMultiplier());
        number(node, "pnl", risk.greeks().pnl());
        number(node, "realizedPnl", risk.realizedPnl());
        number(node, "unrealizedPnl", risk.unrealizedPnl());
        number(node, "netVixVega", risk.greeks().vixVega());
        number(node, "vixVegaAtUnitSize", risk.vixVegaAtUnitSize());
        node.set("greeks", greeks(risk.greeks()));
        ArrayNode legs = node.putArray("legs");
        risk.legs().forEach(leg -> legs.add(leg(leg)));
        return node;
    }

    private static ObjectNode leg(LegRisk risk) {
        Leg leg = risk.leg();
        Instrument instrument = leg.instrument();
        ObjectNode node = terms(instrument);
        node.put("quantity", leg.quantity());
        number(node, "entryPrice", leg.entryPrice());
        node.put("fills", leg.fills().size());
        node.put("closed", leg.isClosed());
        number(node, "realizedPnl", risk.realizedPnl());
        number(node, "unrealizedPnl", risk.unrealizedPnl());
        number(node, "impliedVol", leg.impliedVol().orElse(Double.NaN));
        node.put("label", instrument.label());
        number(node, "price", risk.pricePerUnit());
        node.put("underlying", risk.underlying());
        number(node, "underlyingPrice", risk.underlyingPrice());
        number(node, "daysToExpiry", risk.daysToExpiry());
        node.put("settledBefore", risk.settledBefore());
        ObjectNode greeks = greeks(risk.greeks());
        // VIX delta is per leg only: legs' underlyings (their futures, the ETF's CM future) differ.
        number(greeks, "vixDelta", risk.vixDelta());
        node.set("greeks", greeks);
        return node;
    }

    /** What the leg holds: its instrument's kind and terms, the first keys of a report's leg (docs/cli.md). */
    private static ObjectNode terms(Instrument instrument) {
        ObjectNode node = NODES.objectNode();
        node.put("instrument", instrument.kind().name());
        node.put("right", instrument.optionRight().map(Enum::name).orElse(null));
        if (instrument.optionStrike().isPresent()) {
            number(node, "strike", instrument.optionStrike().getAsDouble());
        } else {
            node.putNull("strike");
        }
        node.put("expiry", instrument.expiryDate().map(Object::toString).orElse(null));
        if (instrument instanceof SpxOption option) {
            node.put("settlement", option.settlement().name());
        }
        if (instrument instanceof VixFuture future) {
            node.put("product", future.product().name());
        }
        VixEtf etf = instrument instanceof VixEtf shares ? shares
                : instrument instanceof VixEtfOption option ? option.underlying() : null;
        if (etf != null) {
            node.put("symbol", etf.symbol());
            node.put("targetTenorDays", etf.targetTenorDays());
            number(node, "leverage", etf.leverage());
        }
        return node;
    }

    private static ObjectNode bucket(ExpiryBucket bucket) {
        ObjectNode node = NODES.objectNode();
        node.put("expiry", bucket.expiry().toString());
        number(node, "daysToExpiry", bucket.daysToExpiry());
        number(node, "spxVegaPerVolPoint", bucket.spxVega());
        number(node, "vixOptionVegaPerVolPoint", bucket.vixOptionVega());
        number(node, "vixVega", bucket.vixVega());
        return node;
    }

    private static ObjectNode curve(PnlCurve curve) {
        ObjectNode node = NODES.objectNode();
        node.put("label", curve.label());
        node.put("at", curve.at().toString());
        node.set("breakEvens", numbers(curve.breakEvens()));
        extremes(node, curve);
        return node;
    }

    /** maxProfit/maxLoss with the SPX level of each and whether it lies beyond the range (docs/cli.md). */
    private static void extremes(ObjectNode node, PnlCurve curve) {
        number(node, "maxProfit", curve.maxProfit());
        number(node, "maxLoss", curve.maxLoss());
        number(node, "maxProfitAtSpx", curve.high().spx());
        number(node, "maxLossAtSpx", curve.low().spx());
        node.put("maxProfitBeyondRange", curve.high().beyondRange());
        node.put("maxLossBeyondRange", curve.low().beyondRange());
    }

    private static ObjectNode solve(HedgeSolve solve) {
        ObjectNode node = NODES.objectNode();
        node.put("layer", solve.layerIndex());
        node.put("name", solve.layerName());
        number(node, "multiplier", solve.multiplier());
        node.put("feasible", solve.feasible());
        node.put("message", solve.message());
        number(node, "multiplierOtherResponse", solve.multiplierOtherResponse());
        ArrayNode whole = node.putArray("wholeContracts");
        for (WholeContractSize size : solve.wholeContracts()) {
            ObjectNode option = whole.addObject();
            number(option, "size", size.size());
            number(option, "netVixVega", size.netVixVega());
            ArrayNode contracts = option.putArray("contracts");
            size.legContracts().forEach(contracts::add);
            option.put("vxm", size.minis());
            option.put("vxmExpiry", size.miniExpiry().map(Object::toString).orElse(null));
        }
        return node;
    }

    private static ArrayNode numbers(List<Double> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** JSON has no NaN: a figure that does not exist is null. */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
