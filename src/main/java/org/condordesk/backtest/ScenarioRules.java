package org.condordesk.backtest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.MarketState;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Instrument;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;
import org.condordesk.pricing.Bsm;
import org.condordesk.risk.PositionValuation;

/**
 * The backtest rules of a trader's own scenario (docs/backtest.md §scenario): the core iron condor's structure (short
 * |Δ| at the scenario's market, wing width, days to expiry at the valuation date, lots) becomes the entry rule, and each
 * enabled HEDGE layer a variant of its own — its instrument, tenor, strikes relative to the VX future and its current
 * size as a fraction of vega-neutral (the engine's VIX vega, docs/model.md §4) — beside an unhedged variant. The layer
 * the scenario's ALVH rules size is an ALVH variant under those rules. The backtest holds one hedge instrument per
 * variant, so two hedge layers are tested apart, each against the same condors.
 */
public final class ScenarioRules {

    /** The VIX shift (points) of the central difference that measures the scenario's VIX vegas. */
    private static final double VEGA_STEP_POINTS = 0.05;
    private static final int MAX_NAME = 60;

    private ScenarioRules() {
    }

    /** {@code base} (costs, model, capital, window) with the entry, rules and variants read from {@code scenario}. */
    public static BacktestConfig of(Scenario scenario, BacktestConfig base) {
        MarketState market = MarketState.of(scenario);
        List<Layer> layers = scenario.layers();
        int core = coreIndex(layers);
        BacktestConfig.Entry entry = entry(scenario, layers.get(core), market, base.entry());
        double[] vegas = vixVegas(scenario, market);
        if (!(vegas[core] < 0)) {
            throw new ValidationException("layers[" + core + "]", "the core's VIX vega is not negative ("
                    + Math.round(vegas[core]) + " $/pt): no hedge size relative to vega-neutral can be read");
        }
        String adaptive = adaptiveLayer(scenario);
        List<BacktestConfig.Variant> variants = new ArrayList<>(List.of(new BacktestConfig.Variant("No hedge",
                BacktestConfig.HedgeKind.NONE, BacktestConfig.Hedge.defaults(), BacktestConfig.Sizing.defaults())));
        for (int i = 0; i < layers.size() && variants.size() < BacktestConfig.MAX_VARIANTS; i++) {
            Layer layer = layers.get(i);
            if (layer.role() != LayerRole.HEDGE || !layer.enabled()) {
                continue;
            }
            BacktestConfig.Hedge hedge = hedge(layer, scenario, market, "layers[" + i + "]");
            double ratio = vegas[i] / -vegas[core];
            boolean alvh = layer.name().equals(adaptive);
            BacktestConfig.Sizing sizing = new BacktestConfig.Sizing(BacktestConfig.SizingRule.VEGA_NEUTRAL,
                    Math.max(0, Math.min(10, ratio)), 0, alvh ? 0 : 0.5, alvh ? 1 : 0.5);
            variants.add(new BacktestConfig.Variant(unique(Layer.shortened(layer.name()), variants),
                    alvh ? BacktestConfig.HedgeKind.ALVH : BacktestConfig.HedgeKind.FIXED, hedge, sizing));
        }
        return base.withEntry(entry).withRules(scenario.alvh()).withVariants(variants);
    }

    private static int coreIndex(List<Layer> layers) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).role() == LayerRole.CORE && layers.get(i).enabled()) {
                return i;
            }
        }
        throw new ValidationException("layers", "no enabled core layer: the backtest replays an iron condor");
    }

    /** The core's short put, long put, short call and long call, or an error naming what is missing. */
    private static BacktestConfig.Entry entry(Scenario scenario, Layer core, MarketState market,
                                              BacktestConfig.Entry base) {
        Leg shortPut = leg(core, OptionRight.PUT, true);
        Leg longPut = leg(core, OptionRight.PUT, false);
        Leg shortCall = leg(core, OptionRight.CALL, true);
        Leg longCall = leg(core, OptionRight.CALL, false);
        ZonedDateTime now = scenario.valuationInstant();
        ZonedDateTime expiry = shortPut.instrument().expiryTime().orElseThrow();
        double years = ChronoUnit.SECONDS.between(now, expiry) / (365.0 * 86_400);
        if (!(years > 0)) {
            throw new ValidationException("layers.core", "the condor has expired at the valuation time");
        }
        double delta = (Math.abs(delta(shortPut, market, years)) + Math.abs(delta(shortCall, market, years))) / 2;
        double wing = ((strike(shortPut) - strike(longPut)) + (strike(longCall) - strike(shortCall))) / 2;
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(now.toLocalDate(), expiry.toLocalDate()));
        int lots = Math.abs(shortPut.quantity());
        return new BacktestConfig.Entry(base.everyTradingDays(), days, Math.max(0.01, Math.min(0.49, delta)), wing,
                base.strikeStepPoints(), lots);
    }

    private static Leg leg(Layer core, OptionRight right, boolean isShort) {
        return core.legs().stream().filter(leg -> leg.instrument().kind() == InstrumentKind.SPX_OPTION)
                .filter(leg -> leg.instrument().optionRight().orElseThrow() == right)
                .filter(leg -> isShort ? leg.quantity() < 0 : leg.quantity() > 0)
                .findFirst()
                .orElseThrow(() -> new ValidationException("layers.core", "the core is not an iron condor: no "
                        + (isShort ? "short " : "long ") + right.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static double strike(Leg leg) {
        return leg.instrument().optionStrike().orElseThrow();
    }

    /** BSM delta of an SPX option leg at its own implied vol and the scenario's rate and yield. */
    private static double delta(Leg leg, MarketState market, double years) {
        return Bsm.greeks(leg.instrument().optionRight().orElseThrow(), market.spxSpot(), strike(leg), years,
                market.rate(), market.dividendYield(), leg.vol()).delta();
    }

    /** Each layer's VIX vega ($ per VIX point) at size 1: the engine's P&L, central difference in spot VIX. */
    private static double[] vixVegas(Scenario scenario, MarketState market) {
        List<Layer> unit = scenario.layers().stream().map(layer -> layer.isLive() ? layer : layer.withSize(1))
                .map(layer -> layer.withEnabled(true)).toList();
        PositionValuation.Dated today = PositionValuation.of(scenario.withLayers(unit), market, 0).on(0);
        double[] up = today.layerPnl(market.spxSpot(), market.vixSpot() + VEGA_STEP_POINTS);
        double[] down = today.layerPnl(market.spxSpot(), market.vixSpot() - VEGA_STEP_POINTS);
        double[] vegas = new double[up.length];
        for (int i = 0; i < vegas.length; i++) {
            vegas[i] = (up[i] - down[i]) / (2 * VEGA_STEP_POINTS) * scenario.layers().get(i).sizeMultiplier();
        }
        return vegas;
    }

    /** The layer the scenario's ALVH rules size: the named one, or the last HEDGE layer. */
    private static String adaptiveLayer(Scenario scenario) {
        String target = scenario.alvh().targetLayer();
        if (!target.isEmpty()) {
            return target;
        }
        return scenario.layers().stream().filter(layer -> layer.role() == LayerRole.HEDGE).reduce((a, b) -> b)
                .map(Layer::name).orElse("");
    }

    /** The backtest hedge a layer's legs describe, or an error naming the layer. */
    static BacktestConfig.Hedge hedge(Layer layer, Scenario scenario, MarketState market, String path) {
        List<Leg> legs = layer.legs().stream().filter(leg -> leg.quantity() != 0).toList();
        LocalDate today = scenario.valuationTime().toLocalDate();
        if (legs.size() == 1 && legs.get(0).instrument() instanceof VixFuture future && legs.get(0).quantity() > 0) {
            BacktestConfig.HedgeInstrument instrument = future.product() == FuturesProduct.VXM
                    ? BacktestConfig.HedgeInstrument.VXM : BacktestConfig.HedgeInstrument.VX;
            return new BacktestConfig.Hedge(instrument, tenor(today, future.expiry()), 0, 10);
        }
        List<Leg> calls = legs.stream().filter(leg -> leg.instrument().kind() == InstrumentKind.VIX_OPTION
                && leg.instrument().optionRight().orElseThrow() == OptionRight.CALL).toList();
        Optional<Leg> longCall = calls.stream().filter(leg -> leg.quantity() > 0).findFirst();
        Optional<Leg> shortCall = calls.stream().filter(leg -> leg.quantity() < 0).findFirst();
        if (calls.size() != legs.size() || longCall.isEmpty() || calls.size() > 2) {
            throw new ValidationException(path, "'" + layer.name() + "' is not a hedge the backtest replays (a long VX or "
                    + "VXM future, a long VIX call, a VIX call spread or a call diagonal)");
        }
        Instrument far = longCall.get().instrument();
        LocalDate farExpiry = far.expiryDate().orElseThrow();
        double future = market.futures().priceAt(market.daysTo(far.expiryTime().orElseThrow()));
        double offset = Math.max(-20, Math.min(50, strike(longCall.get()) - future));
        if (shortCall.isEmpty()) {
            return new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.CALL, tenor(today, farExpiry), offset, 10);
        }
        double width = Math.max(1, Math.min(100, strike(shortCall.get()) - strike(longCall.get())));
        LocalDate shortExpiry = shortCall.get().instrument().expiryDate().orElseThrow();
        BacktestConfig.HedgeInstrument instrument = shortExpiry.equals(farExpiry)
                ? BacktestConfig.HedgeInstrument.CALL_SPREAD : BacktestConfig.HedgeInstrument.DIAGONAL;
        return new BacktestConfig.Hedge(instrument, tenor(today, farExpiry), offset, width);
    }

    /** Calendar days from the valuation date to the hedge's expiry, within the backtest's 30–120. */
    private static int tenor(LocalDate today, LocalDate expiry) {
        long days = ChronoUnit.DAYS.between(today, expiry);
        return (int) Math.max(30, Math.min(BacktestConfig.MAX_HEDGE_TENOR_DAYS, days));
    }

    /** The layer's name cut to a variant name's 60 characters, numbered when another variant has it. */
    private static String unique(String name, List<BacktestConfig.Variant> taken) {
        String cut = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        String candidate = cut;
        for (int n = 2; isTaken(candidate, taken); n++) {
            candidate = cut.substring(0, Math.min(cut.length(), MAX_NAME - 5)) + " (" + n + ")";
        }
        return candidate;
    }

    private static boolean isTaken(String name, List<BacktestConfig.Variant> taken) {
        return taken.stream().anyMatch(v -> v.name().equals(name));
    }
}
