package org.condordesk.ui.vm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.market.MarketState;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.Check;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixEtf;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.ValidationException;
import org.condordesk.template.Templates;
import org.condordesk.ui.vm.LayerTemplate.Field;

/** Default inputs for a layer template, read off the scenario's market, and the layer they build. */
public final class LayerTemplates {

    static final double DEFAULT_SHORT_DELTA = 0.16;
    static final double DEFAULT_WING = 50;
    static final double SPX_STRIKE_STEP = 5;
    static final int HEDGE_CONTRACTS = 10;

    private LayerTemplates() {
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
            case VIX_CALL_DIAGONAL -> {
                hedgeExpiry = vix.get(0);
                values.put(Field.STRIKE, Check.format(Math.round(market.futureAt(vix.get(0))) + 5));
                values.put(Field.FAR_EXPIRY, vix.get(2).toString());
                values.put(Field.FAR_STRIKE, Check.format(Math.round(market.futureAt(vix.get(2))) + 1));
            }
            case VIX_FUTURE, VIX_MINI_FUTURE, VIX_ETF -> {
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
        values.put(Field.SYMBOL, scenario.market().etfQuotes().isEmpty() ? "VXX" : scenario.market().etfQuotes().get(0).symbol());
        values.put(Field.TENOR_DAYS, "30");
        values.put(Field.LEVERAGE, "1");
        values.put(Field.SHARES, "100");
        LayerRole role = condor ? LayerRole.CORE : LayerRole.HEDGE;
        values.put(Field.NAME, (role == LayerRole.CORE ? "Core " : "Hedge ") + market.nextNumber(role) + ": " + template.title());
        return values;
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
        } catch (RuntimeException e) {
            // An expiry too close or a degenerate smile: the percent rule above is a fine starting point.
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
            case VIX_FUTURE -> Templates.vixLongFuture(market, name, in.date(Field.EXPIRY), in.integer(Field.QUANTITY));
            case VIX_MINI_FUTURE -> Templates.vixLongFuture(market, name, in.date(Field.EXPIRY), in.integer(Field.QUANTITY),
                    FuturesProduct.VXM);
            case VIX_ETF_CALL -> Templates.vixEtfOptions(market, name, new VixEtf(in.text(Field.SYMBOL).strip()
                    .toUpperCase(Locale.ROOT), in.integer(Field.TENOR_DAYS), in.number(Field.LEVERAGE)), OptionRight.CALL,
                    in.date(Field.EXPIRY), in.number(Field.ETF_STRIKE), in.integer(Field.QUANTITY), in.vol());
            case VIX_ETF -> Templates.vixEtfShares(market, name, in.text(Field.SYMBOL).strip().toUpperCase(Locale.ROOT),
                    in.integer(Field.TENOR_DAYS), in.number(Field.LEVERAGE), in.integer(Field.SHARES));
        };
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
