package org.condordesk.ui.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.exception.NoBracketingException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.condordesk.market.MarketState;
import org.condordesk.market.VixCalendar;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.Check;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.pricing.PricingException;
import org.condordesk.template.Templates;
import org.condordesk.ui.edit.LayerTemplate.Field;

/** Default inputs for a layer template, read off the scenario's market, and the layer they build. */
public final class LayerTemplates {

    private static final System.Logger LOG = System.getLogger(LayerTemplates.class.getName());

    static final double DEFAULT_SHORT_DELTA = 0.16;
    static final double DEFAULT_WING = 50;
    static final double SPX_STRIKE_STEP = SpxOption.STRIKE_STEP;
    static final int HEDGE_CONTRACTS = 10;
    /** The short strike of a default VIX call spread sits this many points above its long strike. */
    static final double SPREAD_WIDTH = 5;
    /**
     * ProShares' UVXY seeks 1.5× and SVXY −0.5× the daily return of the S&P 500 VIX Short-Term Futures Index
     * (monthly VIX futures with a weighted average of one month to expiration) since the close of 27 Feb 2018
     * (before: 2× and −1×); docs/model.md §8a gives the source.
     */
    static final double UVXY_LEVERAGE = 1.5;
    static final double SVXY_LEVERAGE = -0.5;
    static final int SHORT_TERM_INDEX_DAYS = 30;

    /** A new layer, and an ETF price the market gets with it when it had none for the symbol. */
    public record Built(Layer layer, java.util.Optional<org.condordesk.model.EtfQuote> newQuote) {

        /** {@code scenario} with the layer added last (and the new ETF price in its market). */
        public Scenario applyTo(Scenario scenario) {
            Scenario priced = newQuote.map(quote -> {
                List<org.condordesk.model.EtfQuote> quotes = new java.util.ArrayList<>(scenario.market().etfQuotes());
                quotes.add(quote);
                return scenario.withMarket(scenario.market().withEtfQuotes(quotes));
            }).orElse(scenario);
            return priced.plusLayer(layer);
        }
    }

    private LayerTemplates() {
    }

    /** The template the dialog opens on: the condor when the book has no CORE layer yet, else a VIX call spread. */
    public static LayerTemplate defaultTemplate(Scenario scenario) {
        boolean hasCore = scenario.layers().stream().anyMatch(l -> l.role() == LayerRole.CORE);
        return hasCore ? LayerTemplate.VIX_CALL_SPREAD : LayerTemplate.CONDOR_BY_DELTA;
    }

    /** Inputs a trader would start from: a 16-delta condor two weeks out, VIX strikes just above the futures. */
    public static Map<Field, String> defaults(Scenario scenario, LayerTemplate template) {
        MarketDefaults market = new MarketDefaults(scenario);
        Map<Field, String> values = new EnumMap<>(Field.class);
        List<LocalDate> vix = market.vixExpiries(4);
        LocalDate hedgeExpiry = vix.get(1);
        double future = market.futureAt(hedgeExpiry);
        switch (template) {
            case CONDOR_BY_STRIKES -> condorStrikes(scenario, market, values);
            case CONDOR_BY_DELTA -> {
                values.put(Field.SHORT_DELTA, Check.format(DEFAULT_SHORT_DELTA));
                values.put(Field.WING_WIDTH, Check.format(DEFAULT_WING));
                values.put(Field.STRIKE_STEP, Check.format(SPX_STRIKE_STEP));
            }
            case VIX_CALL -> values.put(Field.STRIKE, Check.format(Math.round(future) + 2));
            case VIX_CALL_SPREAD -> {
                values.put(Field.STRIKE, Check.format(Math.round(future) + 1));
                values.put(Field.SHORT_STRIKE, Check.format(Math.round(future) + 6));
            }
            case BREAK_EVEN_HEDGE -> hedgeExpiry = breakEvenHedge(scenario, market, values, future);
            case VIX_PUT -> values.put(Field.STRIKE, Check.format(Math.round(future)));
            case VIX_CALL_DIAGONAL -> {
                hedgeExpiry = vix.get(0);
                values.put(Field.STRIKE, Check.format(Math.round(market.futureAt(vix.get(0))) + 5));
                values.put(Field.FAR_EXPIRY, vix.get(2).toString());
                values.put(Field.FAR_STRIKE, Check.format(Math.round(market.futureAt(vix.get(2))) + 1));
            }
            case VIX_FUTURE, VIX_MINI_FUTURE, VIX_ETF, UVXY, SVXY -> {
            }
            case VIX_ETF_CALL -> {
                double price = scenario.market().etfQuotes().isEmpty() ? 40 : scenario.market().etfQuotes().get(0).price();
                values.put(Field.ETF_STRIKE, Check.format(Math.ceil(price * 1.1)));
                values.put(Field.VOL_PCT, Check.format(LegDefaults.ETF_OPTION_VOL * 100));
                hedgeExpiry = VixCalendar.thirdFriday(java.time.YearMonth.from(market.valuationDate()).plusMonths(2));
            }
        }
        boolean condor = template == LayerTemplate.CONDOR_BY_STRIKES || template == LayerTemplate.CONDOR_BY_DELTA;
        values.put(Field.EXPIRY, (condor ? market.condorExpiry() : hedgeExpiry).toString());
        values.put(Field.SETTLEMENT, Settlement.PM.name());
        values.put(Field.QUANTITY, Integer.toString(condor || template == LayerTemplate.VIX_FUTURE ? 1 : HEDGE_CONTRACTS));
        values.putIfAbsent(Field.VOL_PCT, Check.format(LegDefaults.VIX_OPTION_VOL * 100));
        etf(scenario, template, values);
        LayerRole role = condor ? LayerRole.CORE : LayerRole.HEDGE;
        values.put(Field.NAME, (role == LayerRole.CORE ? "Core " : "Hedge ") + market.nextNumber(role) + ": " + template.title());
        return values;
    }

    /** Symbol, tenor, leverage, shares and the quoted price of the ETF templates (UVXY and SVXY prefilled). */
    private static void etf(Scenario scenario, LayerTemplate template, Map<Field, String> values) {
        String symbol = switch (template) {
            case UVXY -> "UVXY";
            case SVXY -> "SVXY";
            default -> scenario.market().etfQuotes().isEmpty() ? "VXX" : scenario.market().etfQuotes().get(0).symbol();
        };
        double leverage = template == LayerTemplate.UVXY ? UVXY_LEVERAGE : template == LayerTemplate.SVXY ? SVXY_LEVERAGE : 1;
        values.put(Field.SYMBOL, symbol);
        values.put(Field.TENOR_DAYS, Integer.toString(SHORT_TERM_INDEX_DAYS));
        values.put(Field.LEVERAGE, Check.format(leverage));
        // Short SVXY is long volatility: the side that hedges a short condor.
        values.put(Field.SHARES, template == LayerTemplate.SVXY ? "-100" : "100");
        values.put(Field.ETF_PRICE, scenario.market().etfQuotes().stream().filter(q -> q.symbol().equals(symbol))
                .findFirst().map(q -> Check.format(q.price())).orElse(""));
    }

    /**
     * A VIX call spread whose long strike is the VIX level the spot–vol map gives at the condor's lower
     * break-even at expiry (the level VIX reaches as SPX falls to where the condor starts to lose), on the first
     * VIX settlement after the core expiry. Without a core layer or a lower break-even, an ordinary spread.
     */
    private static LocalDate breakEvenHedge(Scenario scenario, MarketDefaults market, Map<Field, String> values,
                                            double future) {
        java.util.OptionalDouble vixAtBreakEven = vixAtLowerBreakEven(scenario);
        LocalDate core = market.condorExpiry();
        LocalDate expiry = VixCalendar.upcoming(core.plusDays(1), 1).get(0);
        double strike = vixAtBreakEven.isPresent() ? Math.round(vixAtBreakEven.getAsDouble()) : Math.round(future) + 1;
        values.put(Field.STRIKE, Check.format(strike));
        values.put(Field.SHORT_STRIKE, Check.format(strike + SPREAD_WIDTH));
        return expiry;
    }

    /** Spot VIX by the spot–vol map at the core layers' lower break-even at their expiry; empty without one. */
    static java.util.OptionalDouble vixAtLowerBreakEven(Scenario scenario) {
        List<Layer> core = scenario.layers().stream().filter(l -> l.role() == LayerRole.CORE && l.enabled()).toList();
        if (core.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        Scenario condorAlone = scenario.withLayers(core);
        double spot = scenario.market().spxSpot();
        org.condordesk.risk.PnlCurve expiry = org.condordesk.risk.Analyzer.analyze(condorAlone, MarketState.of(condorAlone),
                org.condordesk.risk.AnalysisSettings.defaults().withRange(-30, 10, 401).withoutHeatmapAndDecay()).expiryCurve();
        return expiry.breakEvens().stream().filter(b -> b < spot).mapToDouble(Double::doubleValue).max().stream()
                .map(be -> scenario.model().spotVol().vixAfter(scenario.market().vixSpot(), 100 * Math.log(be / spot)))
                .findFirst();
    }

    private static void condorStrikes(Scenario scenario, MarketDefaults market, Map<Field, String> values) {
        double spot = scenario.market().spxSpot();
        double shortPut = MarketDefaults.roundTo(spot * 0.96, SPX_STRIKE_STEP);
        double shortCall = MarketDefaults.roundTo(spot * 1.03, SPX_STRIKE_STEP);
        try {
            Layer byDelta = Templates.ironCondorByDelta(market.market(), "probe", market.condorExpiry(), Settlement.PM,
                    DEFAULT_SHORT_DELTA, DEFAULT_WING, SPX_STRIKE_STEP, 1);
            shortPut = byDelta.legs().get(1).instrument().optionStrike().orElse(shortPut);
            shortCall = byDelta.legs().get(2).instrument().optionStrike().orElse(shortCall);
        } catch (ValidationException | PricingException | NoBracketingException | TooManyEvaluationsException e) {
            // An expiry too close (refused, or no time to price) or a smile with no strike at that delta inside the
            // solver's bracket: the percent rule above is the starting point, and the template's own check names
            // the problem when the trader builds the layer.
            LOG.log(System.Logger.Level.DEBUG, "condor strikes by delta unavailable, percent rule used: " + e.getMessage());
        }
        values.put(Field.LONG_PUT, Check.format(shortPut - DEFAULT_WING));
        values.put(Field.SHORT_PUT, Check.format(shortPut));
        values.put(Field.SHORT_CALL, Check.format(shortCall));
        values.put(Field.LONG_CALL, Check.format(shortCall + DEFAULT_WING));
    }

    /** Builds the layer; a bad input is a {@link ValidationException} naming the field. */
    public static Layer build(Scenario scenario, LayerTemplate template, Map<Field, String> values) {
        MarketState market = MarketState.of(scenario);
        Inputs in = new Inputs(values);
        String name = Check.name("name", in.text(Field.NAME), Layer.MAX_NAME_CHARS).strip();
        return switch (template) {
            case CONDOR_BY_STRIKES -> Templates.ironCondorByStrikes(market, name, in.date(Field.EXPIRY),
                    in.settlement(), in.number(Field.LONG_PUT), in.number(Field.SHORT_PUT), in.number(Field.SHORT_CALL),
                    in.number(Field.LONG_CALL), in.integer(Field.QUANTITY));
            case CONDOR_BY_DELTA -> Templates.ironCondorByDelta(market, name, in.date(Field.EXPIRY), in.settlement(),
                    in.number(Field.SHORT_DELTA), in.number(Field.WING_WIDTH), in.number(Field.STRIKE_STEP),
                    in.integer(Field.QUANTITY));
            case VIX_CALL -> Templates.vixLongCall(market, name, in.date(Field.EXPIRY), in.number(Field.STRIKE),
                    in.integer(Field.QUANTITY), in.vol());
            case VIX_CALL_SPREAD -> Templates.vixCallSpread(market, name, in.date(Field.EXPIRY), in.number(Field.STRIKE),
                    in.number(Field.SHORT_STRIKE), in.integer(Field.QUANTITY), in.vol());
            case VIX_CALL_DIAGONAL -> Templates.vixCallDiagonal(market, name, in.date(Field.EXPIRY),
                    in.number(Field.STRIKE), in.date(Field.FAR_EXPIRY), in.number(Field.FAR_STRIKE),
                    in.integer(Field.QUANTITY), in.vol());
            case BREAK_EVEN_HEDGE -> Templates.vixCallSpread(market, name, in.date(Field.EXPIRY), in.number(Field.STRIKE),
                    in.number(Field.SHORT_STRIKE), in.integer(Field.QUANTITY), in.vol());
            case VIX_PUT -> Templates.vixLongPut(market, name, in.date(Field.EXPIRY), in.number(Field.STRIKE),
                    in.integer(Field.QUANTITY), in.vol());
            case VIX_FUTURE -> Templates.vixLongFuture(market, name, in.date(Field.EXPIRY), in.integer(Field.QUANTITY));
            case VIX_MINI_FUTURE -> Templates.vixLongFuture(market, name, in.date(Field.EXPIRY), in.integer(Field.QUANTITY),
                    FuturesProduct.VXM);
            case VIX_ETF_CALL -> Templates.vixEtfOptions(market, name, new VixEtf(symbol(in), in.integer(Field.TENOR_DAYS),
                    in.number(Field.LEVERAGE)), OptionRight.CALL, in.date(Field.EXPIRY), in.number(Field.ETF_STRIKE),
                    in.integer(Field.QUANTITY), in.vol());
            case VIX_ETF, UVXY, SVXY -> Templates.vixEtfShares(name, symbol(in), in.integer(Field.TENOR_DAYS),
                    in.number(Field.LEVERAGE), in.integer(Field.SHARES), etfPrice(in));
        };
    }

    /** The layer and, for an ETF the market has no price for yet, the price to add to the market with it. */
    public static Built buildWithQuotes(Scenario scenario, LayerTemplate template, Map<Field, String> values) {
        Layer layer = build(scenario, template, values);
        java.util.Optional<org.condordesk.model.EtfQuote> quote = java.util.Optional.empty();
        if (layer.legs().size() == 1 && layer.legs().get(0).instrument() instanceof org.condordesk.model.VixEtf etf
                && scenario.market().etfQuotes().stream().noneMatch(q -> q.symbol().equals(etf.symbol()))) {
            quote = java.util.Optional.of(new org.condordesk.model.EtfQuote(etf.symbol(), layer.legs().get(0).entryPrice()));
        }
        return new Built(layer, quote);
    }

    private static double etfPrice(Inputs in) {
        if (in.text(Field.ETF_PRICE).isBlank()) {
            throw new ValidationException("price", "is needed: type the price per share (the market has no "
                    + symbol(in) + " price yet)");
        }
        return in.number(Field.ETF_PRICE);
    }

    private static String symbol(Inputs in) {
        return in.text(Field.SYMBOL).strip().toUpperCase(Locale.ROOT);
    }

    /** The VX future's price at a VIX settlement date (the curve interpolated; spot VIX at 0 days). */
    public static double futureAt(Scenario scenario, LocalDate settlement) {
        return new MarketDefaults(scenario).futureAt(settlement);
    }

    /** Parses the dialog's texts, naming the field in every error. */
    private record Inputs(Map<Field, String> values) {

        String text(Field field) {
            return values.getOrDefault(field, "");
        }

        double number(Field field) {
            return LegEdits.number(key(field), text(field));
        }

        int integer(Field field) {
            double value = number(field);
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new ValidationException(key(field), "must be a whole number, got " + text(field).strip());
            }
            return (int) value;
        }

        double vol() {
            double percent = number(Field.VOL_PCT);
            if (percent <= 0 || percent > LegEdits.MAX_VOL_PERCENT) {
                throw new ValidationException(key(Field.VOL_PCT), "must be > 0 and <= 500 (percent), got " + Check.format(percent));
            }
            return percent / 100;
        }

        LocalDate date(Field field) {
            try {
                return LocalDate.parse(text(field).strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException(key(field), "is not a date like 2027-01-20: '" + text(field).strip() + "'");
            }
        }

        Settlement settlement() {
            try {
                return Settlement.valueOf(text(Field.SETTLEMENT).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("settlement", "must be AM or PM");
            }
        }

        private static String key(Field field) {
            return field.label().toLowerCase(Locale.ROOT);
        }
    }
}
