package org.condordesk.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.ValidationException;

/**
 * The engine: {@code (Scenario, MarketState, AnalysisSettings) -> Analysis}, a pure function. Every figure
 * is in the units of DESIGN §3 and docs/model.md.
 */
public final class Analyzer {

    private Analyzer() {
    }

    /** Analyses a scenario in its own market with default settings. */
    public static Analysis analyze(Scenario scenario) {
        return analyze(scenario, MarketState.of(scenario), AnalysisSettings.defaults());
    }

    /**
     * Analyses {@code scenario} in {@code market} (which carries the vol factor model: build it from the scenario,
     * or from a copy with another {@code volResponse} to override it). Refuses a VIX shift that takes spot VIX
     * below {@link MarketSnapshot#MIN_VIX_SPOT}.
     */
    public static Analysis analyze(Scenario scenario, MarketState market, AnalysisSettings settings) {
        double vix = shiftedVix(market, settings.vixShiftPoints());
        Timeline timeline = Timeline.of(scenario, market, settings);
        PositionModel position = new PositionModel(scenario, market, timeline.analysisDays());
        Slice now = position.at(timeline.analysisDays());

        double[][] unitLegVixVega = new double[position.layers.size()][];
        List<LayerRisk> layers = layerRisks(position, now, position.at(timeline.analysisDays() + 1), market.spxSpot(), vix,
                unitLegVixVega);
        Greeks total = layers.stream().map(LayerRisk::greeks).reduce(Greeks.ZERO, Greeks::plus);
        double otherNet = layers.stream().mapToDouble(l -> l.vixVegaAtUnitSizeOtherResponse() * l.layer().weight()).sum();
        SpotVolMap spotVol = scenario.model().spotVol();
        Curves curves = new Curves(position, market.spxSpot(), vix, spotVol, settings);

        List<PnlCurve> pnlCurves = new ArrayList<>(List.of(
                curves.curve("T+0", now, timeline.at(timeline.analysisDays())),
                curves.curve("T+n", position.at(timeline.targetDays()), timeline.at(timeline.targetDays())),
                curves.curve("Expiry", position.at(timeline.coreExpiryDays()), timeline.at(timeline.coreExpiryDays()))));
        for (double offset : settings.extraCurveOffsetsDays()) {
            double days = timeline.afterAnalysis(offset);
            // Up to the core expiry, and not on the T+n date, which has its own curve already.
            if (days < timeline.coreExpiryDays() && Math.abs(days - timeline.targetDays()) > 1e-9) {
                pnlCurves.add(curves.curve(extraLabel(offset), position.at(days), timeline.at(days)));
            }
        }
        Optional<DecayCurves> decay = settings.withDecay()
                ? Optional.of(curves.decay(timeline)) : Optional.empty();
        Optional<Heatmap> heatmap = settings.withHeatmap()
                ? Optional.of(curves.heatmap(position.at(timeline.targetDays()), timeline.at(timeline.targetDays())))
                : Optional.empty();
        List<HedgeSolve> solves = HedgeSolver.solveAll(layers, unitLegVixVega, total.vixVega(), otherNet);
        return new Analysis(timeline.at(timeline.analysisDays()), timeline.coreExpiry(), total,
                curves.deltaWithSpotVol(now), layers, VegaBuckets.of(layers, market.valuationTime(), timeline.analysisDays()),
                pnlCurves, decay, heatmap, solves, HedgeSolver.select(solves, settings.hedgeLayer()),
                market.volFactor().response(), otherNet, position.settled(), vix);
    }

    /** "T+3" for an offset of 3 days, "T+1.5" for a day and a half. */
    static String extraLabel(double offsetDays) {
        return "T+" + (offsetDays == Math.rint(offsetDays) ? Long.toString(Math.round(offsetDays)) : Double.toString(offsetDays));
    }

    /** Spot VIX after a shift of {@code shiftPoints}; a shift below the scenario minimum is refused, not floored. */
    public static double shiftedVix(MarketState market, double shiftPoints) {
        double vix = market.vixSpot() + shiftPoints;
        if (!AnalysisSettings.allowsVixShift(market.vixSpot(), shiftPoints)) {
            throw new ValidationException("vixShiftPoints", "a shift of " + Check.format(shiftPoints)
                    + " points takes spot VIX from " + Check.format(market.vixSpot()) + " to "
                    + Check.format(Math.round(vix * 1e9) / 1e9)
                    + ", below the minimum of " + Check.format(MarketSnapshot.MIN_VIX_SPOT) + "; the lowest shift is "
                    + Check.format(AnalysisSettings.minVixShift(market.vixSpot())));
        }
        return Math.max(vix, MarketSnapshot.MIN_VIX_SPOT); // at the limit, only rounding noise lies below it
    }

    /** Each layer's risk; fills {@code unitLegVixVega[layer][leg]} with every leg's VIX vega at layer size 1. */
    private static List<LayerRisk> layerRisks(PositionModel position, Slice slice, Slice nextDay, double spx,
                                              double vix, double[][] unitLegVixVega) {
        int layerCount = position.layers.size();
        List<List<LegRisk>> byLayer = new ArrayList<>();
        double[] unitVixVega = new double[layerCount];
        double[] unitVixVegaOther = new double[layerCount];
        for (int i = 0; i < layerCount; i++) {
            byLayer.add(new ArrayList<>());
            unitLegVixVega[i] = new double[position.layers.get(i).legs().size()];
        }
        for (int leg = 0; leg < position.legCount; leg++) {
            int layer = position.layerOf[leg];
            LegRisk unit = slice.unitRisk(leg, spx, vix, nextDay);
            byLayer.get(layer).add(unit.scaled(position.layerWeight[layer]));
            unitLegVixVega[layer][position.legIndexOf[leg]] = unit.greeks().vixVega();
            unitVixVega[layer] += unit.greeks().vixVega();
            unitVixVegaOther[layer] += slice.vixVegaUnderOtherResponse(leg, unit, spx, vix);
        }
        List<LayerRisk> layers = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            Greeks sum = byLayer.get(i).stream().map(LegRisk::greeks).reduce(Greeks.ZERO, Greeks::plus);
            layers.add(new LayerRisk(i, position.layers.get(i), byLayer.get(i), sum, unitVixVega[i], unitVixVegaOther[i]));
        }
        return layers;
    }

    /** The dates an analysis looks at, as calendar days after the scenario's valuation time. */
    record Timeline(ZonedDateTime valuationTime, double analysisDays, double targetDays, double coreExpiryDays,
                    double lastExpiryDays, Optional<LocalDate> coreExpiry) {

        static Timeline of(Scenario scenario, MarketState market, AnalysisSettings settings) {
            ZonedDateTime valuation = market.valuationTime();
            // The clock rule (market.Tenor): the settings' days are clock days; the engine counts elapsed days.
            double analysis = Tenor.elapsedDays(valuation, settings.shiftDays());
            List<ZonedDateTime> core = expiries(scenario, true);
            List<ZonedDateTime> all = expiries(scenario, false);
            Optional<ZonedDateTime> coreExpiry = (core.isEmpty() ? all : core).stream().min(ZonedDateTime::compareTo);
            double fallback = analysis + 30;
            double coreDays = Math.max(coreExpiry.map(market::daysTo).orElse(fallback), analysis);
            double lastDays = Math.max(all.stream().max(ZonedDateTime::compareTo).map(market::daysTo).orElse(fallback), analysis);
            double target = settings.targetDate()
                    .map(date -> market.daysTo(date.atTime(valuation.toLocalTime()).atZone(Instrument.NEW_YORK)))
                    .orElse(analysis + Math.floor((coreDays - analysis) / 2));
            target = Math.min(Math.max(target, analysis), Math.max(lastDays, analysis));
            return new Timeline(valuation, analysis, target, coreDays, lastDays, coreExpiry.map(ZonedDateTime::toLocalDate));
        }

        /** Elapsed days to {@code clockDays} whole or fractional clock days after the analysis date (T+3, a row). */
        double afterAnalysis(double clockDays) {
            return Tenor.elapsedDays(valuationTime, Tenor.clockDays(valuationTime, Tenor.afterElapsed(valuationTime,
                    analysisDays)) + clockDays);
        }

        /**
         * The analysis date, then each {@code step}-th clock day after it at the same clock time while before
         * {@code endDays}, then {@code endDays} itself (all elapsed days).
         */
        List<Double> clockSteps(double endDays, int maxPoints) {
            double step = Math.max(1, Math.ceil((endDays - analysisDays) / maxPoints));
            List<Double> days = new ArrayList<>();
            for (int k = 0; ; k++) {
                double day = k == 0 ? analysisDays : afterAnalysis(k * step);
                if (day >= endDays - 1e-9) {
                    break;
                }
                days.add(day);
            }
            days.add(Math.max(analysisDays, endDays));
            return days;
        }

        private static List<ZonedDateTime> expiries(Scenario scenario, boolean coreOnly) {
            List<ZonedDateTime> expiries = new ArrayList<>();
            for (Layer layer : scenario.layers()) {
                if (coreOnly && layer.role() != LayerRole.CORE) {
                    continue;
                }
                for (Leg leg : layer.legs()) {
                    if (leg.isClosed()) {
                        continue; // a closed leg's expiry is history, not a date of the position
                    }
                    leg.instrument().expiryTime().ifPresent(expiries::add);
                }
            }
            return expiries;
        }

        LocalDateTime at(double days) {
            return Tenor.afterElapsed(valuationTime, days).toLocalDateTime();
        }
    }
}
