package org.condordesk.model;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything that is saved and reopened: a position in layers, the market it is valued in, the vol factor
 * model, the event calendar, the valuation time (New York local time), the adaptive hedge rules, whether
 * the position is a plan or live ({@link PositionStatus}: a plan's legs carry no fills, a live position's all do)
 * and the capital settings (VX margin, cost of capital, user stresses).
 */
public record Scenario(String name, String notes, List<String> tags, LocalDateTime valuationTime,
                       MarketSnapshot market, VolFactorModel model, List<MarketEvent> events, List<Layer> layers,
                       AlvhRuleSet alvh, PositionStatus status, CapitalSettings capital) {

    public static final int MAX_LAYERS = 32;
    public static final int MAX_EVENTS = 1000;
    public static final int MAX_NAME_CHARS = Check.NAME_CHARS;
    public static final int MAX_NOTES_CHARS = 20_000;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG_CHARS = Check.NAME_CHARS;
    /** A leg settles at most this many years after the valuation time: LEAPS run about 3; the pricers stop at 100. */
    public static final int MAX_YEARS_TO_EXPIRY = 50;

    public Scenario {
        Check.name("name", name, MAX_NAME_CHARS);
        notes = Check.multilineText("notes", notes, MAX_NOTES_CHARS);
        tags = Check.list("tags", tags, MAX_TAGS);
        for (int i = 0; i < tags.size(); i++) {
            Check.text("tags[" + i + "]", tags.get(i), MAX_TAG_CHARS);
        }
        Check.present("valuationTime", valuationTime);
        Check.present("market", market);
        Check.present("model", model);
        events = Check.list("events", events, MAX_EVENTS);
        layers = Check.list("layers", layers, MAX_LAYERS);
        Check.present("alvh", alvh);
        Check.present("status", status);
        Check.present("capital", capital);
        for (int i = 0; i < layers.size(); i++) {
            List<Leg> legs = layers.get(i).legs();
            for (int j = 0; j < legs.size(); j++) {
                checkLegAt(i, j, legs.get(j), valuationTime, market, status);
            }
        }
    }

    /** A plan with the default ALVH rules ({@link AlvhRuleSet#defaults()}). */
    public Scenario(String name, String notes, List<String> tags, LocalDateTime valuationTime, MarketSnapshot market,
                    VolFactorModel model, List<MarketEvent> events, List<Layer> layers) {
        this(name, notes, tags, valuationTime, market, model, events, layers, AlvhRuleSet.defaults());
    }

    /** A plan (the status files before schema 3's {@code status} had). */
    public Scenario(String name, String notes, List<String> tags, LocalDateTime valuationTime, MarketSnapshot market,
                    VolFactorModel model, List<MarketEvent> events, List<Layer> layers, AlvhRuleSet alvh) {
        this(name, notes, tags, valuationTime, market, model, events, layers, alvh, PositionStatus.PLAN);
    }

    /** A scenario with the default capital settings ({@link CapitalSettings#defaults()}). */
    public Scenario(String name, String notes, List<String> tags, LocalDateTime valuationTime, MarketSnapshot market,
                    VolFactorModel model, List<MarketEvent> events, List<Layer> layers, AlvhRuleSet alvh,
                    PositionStatus status) {
        this(name, notes, tags, valuationTime, market, model, events, layers, alvh, status, CapitalSettings.defaults());
    }

    private static Optional<ValidationException> checkLeg(Leg leg, ZonedDateTime now, MarketSnapshot market,
                                                          PositionStatus status) {
        if (status == PositionStatus.PLAN && leg.isLive()) {
            return Optional.of(new ValidationException("fills", "a plan's legs carry no fills (set status LIVE for a "
                    + "live position)"));
        }
        if (status == PositionStatus.LIVE && !leg.isLive()) {
            return Optional.of(new ValidationException("fills", "is missing: every leg of a live position carries "
                    + "its fills"));
        }
        Instrument instrument = leg.instrument();
        Optional<ZonedDateTime> expiry = instrument.expiryTime();
        // A closed leg stays for its realised P&L after its expiry; an open one must not have settled.
        if (expiry.isPresent() && expiry.get().isBefore(now) && !leg.isClosed()) {
            return Optional.of(new ValidationException("expiry", "settled at " + expiry.get().toLocalDateTime()
                    + ", before the valuation time " + now.toLocalDateTime()
                    + (leg.isLive() ? " (close it at its settlement value)" : "")));
        }
        if (expiry.isPresent() && expiry.get().isAfter(now.plusYears(MAX_YEARS_TO_EXPIRY))) {
            return Optional.of(new ValidationException("expiry", "settles at " + expiry.get().toLocalDateTime()
                    + ", more than " + MAX_YEARS_TO_EXPIRY + " years after the valuation time " + now.toLocalDateTime()));
        }
        Optional<String> symbol = etfSymbol(instrument);
        if (symbol.isPresent() && market.etfQuote(symbol.get()).isEmpty()) {
            return Optional.of(new ValidationException("symbol", "no price for " + symbol.get() + " in market.etfQuotes"));
        }
        return Optional.empty();
    }

    /** The ETF whose price values this instrument: an ETF's own symbol, an ETF option's underlying. */
    private static Optional<String> etfSymbol(Instrument instrument) {
        if (instrument instanceof VixEtf etf) {
            return Optional.of(etf.symbol());
        }
        if (instrument instanceof VixEtfOption option) {
            return Optional.of(option.underlying().symbol());
        }
        return Optional.empty();
    }

    /** Validates one leg against the valuation time, market and status, reporting the leg's path. */
    private static void checkLegAt(int layerIndex, int legIndex, Leg leg, LocalDateTime valuationTime,
                                   MarketSnapshot market, PositionStatus status) {
        checkLeg(leg, valuationTime.atZone(Instrument.NEW_YORK), market, status).ifPresent(problem -> {
            throw problem.under("layers[" + layerIndex + "].legs[" + legIndex + "]");
        });
    }

    /** True for a live position. */
    public boolean isLive() {
        return status == PositionStatus.LIVE;
    }

    public ZonedDateTime valuationInstant() {
        return valuationTime.atZone(Instrument.NEW_YORK);
    }

    public Scenario withName(String value) {
        return new Scenario(value, notes, tags, valuationTime, market, model, events, layers, alvh, status, capital);
    }

    public Scenario withNotes(String value) {
        return new Scenario(name, value, tags, valuationTime, market, model, events, layers, alvh, status, capital);
    }

    public Scenario withTags(List<String> value) {
        return new Scenario(name, notes, value, valuationTime, market, model, events, layers, alvh, status, capital);
    }

    public Scenario withValuationTime(LocalDateTime value) {
        return new Scenario(name, notes, tags, value, market, model, events, layers, alvh, status, capital);
    }

    public Scenario withMarket(MarketSnapshot value) {
        return new Scenario(name, notes, tags, valuationTime, value, model, events, layers, alvh, status, capital);
    }

    public Scenario withModel(VolFactorModel value) {
        return new Scenario(name, notes, tags, valuationTime, market, value, events, layers, alvh, status, capital);
    }

    public Scenario withEvents(List<MarketEvent> value) {
        return new Scenario(name, notes, tags, valuationTime, market, model, value, layers, alvh, status, capital);
    }

    public Scenario withLayers(List<Layer> value) {
        return new Scenario(name, notes, tags, valuationTime, market, model, events, value, alvh, status, capital);
    }

    public Scenario withAlvh(AlvhRuleSet value) {
        return new Scenario(name, notes, tags, valuationTime, market, model, events, layers, value, status, capital);
    }

    public Scenario withStatus(PositionStatus value) {
        return new Scenario(name, notes, tags, valuationTime, market, model, events, layers, alvh, value, capital);
    }

    public Scenario withCapital(CapitalSettings value) {
        return new Scenario(name, notes, tags, valuationTime, market, model, events, layers, alvh, status, value);
    }

    public Scenario withLayer(int index, Layer layer) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.set(index, layer);
        return withLayers(copy);
    }

    public Scenario mapLayer(int index, UnaryOperator<Layer> change) {
        return withLayer(index, change.apply(layers.get(index)));
    }

    public Scenario plusLayer(Layer layer) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.add(layer);
        return withLayers(copy);
    }

    public Scenario minusLayer(int index) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.remove(index);
        return withLayers(copy);
    }
}
