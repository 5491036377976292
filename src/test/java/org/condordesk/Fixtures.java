package org.condordesk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.condordesk.model.EtfQuote;
import org.condordesk.model.EventKind;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.model.VolFactorModel;

/** Scenarios built in code for tests: the same position as samples/condor-vix-hedge.json. */
public final class Fixtures {

    public static final LocalDateTime VALUATION = LocalDateTime.of(2026, 11, 25, 10, 0);
    public static final LocalDate CONDOR_EXPIRY = LocalDate.of(2026, 12, 9);

    private Fixtures() {
    }

    /** The hand-checked sample market (samples/condor-vix-hedge.json): its oracle, tools/sample_oracle.py, uses the
     * fixed-ratio smile 0.9 / 0.20 / 0.08 the sample spells out, so the fixture passes it explicitly. */
    public static MarketSnapshot market() {
        return new MarketSnapshot(7600, 0.037, 0.012, 16.4, 18.6, List.of(
                new FuturesQuote(LocalDate.of(2026, 12, 16), 17.45),
                new FuturesQuote(LocalDate.of(2027, 1, 20), 18.55),
                new FuturesQuote(LocalDate.of(2027, 2, 17), 19.20),
                new FuturesQuote(LocalDate.of(2027, 3, 17), 19.70),
                new FuturesQuote(LocalDate.of(2027, 4, 21), 20.05)),
                List.of(new EtfQuote("VXX", 42.10)), SmileParameters.fixedRatioDefaults());
    }

    public static Layer condor(double longPut, double shortPut, double shortCall, double longCall, int quantity,
                               double[] entries, double[] vols) {
        return Layer.of("Core condor", LayerRole.CORE, List.of(
                Leg.option(spx(OptionRight.PUT, longPut), quantity, entries[0], vols[0]),
                Leg.option(spx(OptionRight.PUT, shortPut), -quantity, entries[1], vols[1]),
                Leg.option(spx(OptionRight.CALL, shortCall), -quantity, entries[2], vols[2]),
                Leg.option(spx(OptionRight.CALL, longCall), quantity, entries[3], vols[3])));
    }

    public static Layer sampleCondor() {
        return condor(7275, 7350, 7800, 7875, 10, new double[] {15.90, 21.40, 12.30, 4.50},
                new double[] {0.190, 0.174, 0.116, 0.113});
    }

    public static Layer diagonal() {
        return Layer.of("Hedge 1: VIX call diagonal", LayerRole.HEDGE, List.of(
                Leg.option(new VixOption(OptionRight.CALL, 22, LocalDate.of(2026, 12, 16)), -40, 0.35, 0.95),
                Leg.option(new VixOption(OptionRight.CALL, 20, LocalDate.of(2027, 2, 17)), 40, 2.60, 0.80)));
    }

    public static Layer futures() {
        return Layer.of("Hedge 2: long Jan VIX futures", LayerRole.HEDGE, List.of(
                Leg.linear(new VixFuture(LocalDate.of(2027, 1, 20)), 2, 18.50)));
    }

    public static Scenario scenario(List<Layer> layers) {
        return new Scenario("Fixture", "", List.of(), VALUATION, market(), VolFactorModel.defaults(),
                List.of(new MarketEvent(CONDOR_EXPIRY, EventKind.FOMC, "FOMC")), layers);
    }

    /** A live position of {@code layers} (their legs carry fills). */
    public static Scenario live(List<Layer> layers) {
        return new Scenario("Fixture", "", List.of(), VALUATION, market(), VolFactorModel.defaults(),
                List.of(new MarketEvent(CONDOR_EXPIRY, EventKind.FOMC, "FOMC")), layers,
                org.condordesk.model.AlvhRuleSet.defaults(), org.condordesk.model.PositionStatus.LIVE);
    }

    public static Scenario hedged() {
        return scenario(List.of(sampleCondor(), diagonal(), futures()));
    }

    public static Scenario condorOnly() {
        return scenario(List.of(sampleCondor()));
    }

    public static SpxOption spx(OptionRight right, double strike) {
        return new SpxOption(right, strike, CONDOR_EXPIRY, Settlement.PM);
    }
}
