package org.condordesk.store.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.model.Fill;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Instrument;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.RollMode;
import org.condordesk.model.RollRecord;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads layers and their legs; a leg's instrument fields sit flat in the leg object, keyed by {@code instrument}. */
final class LegReader {

    /** Schema 1 stored implied vol in percent under {@code iv}; the upper bound matches Leg.MAX_IMPLIED_VOL. */
    static final String V1_VOL_FIELD = "iv";
    static final String VOL_FIELD = "impliedVol";

    private LegReader() {
    }

    /** {@code version} is the file's schemaVersion: fills, rolls, VXM and ETF options are schema 3. */
    static Layer layer(JsonNode node, String path, int version) {
        JsonFields layer = JsonFields.of(node, path);
        layer.allowOnly(version < 3 ? List.of("name", "role", "enabled", "sizeMultiplier", "legs")
                : List.of("name", "role", "enabled", "sizeMultiplier", "legs", "rolls"), "a layer");
        String name = layer.text("name");
        LayerRole role = layer.choice("role", LayerRole.class);
        boolean enabled = layer.boolOr("enabled", true);
        double size = layer.numberOr("sizeMultiplier", 1.0);
        List<Leg> legs = layer.list("legs", Layer.MAX_LEGS_WITH_CLOSED, (legNode, legPath) -> leg(legNode, legPath, version));
        List<RollRecord> rolls = layer.listOr("rolls", Layer.MAX_ROLLS, LegReader::roll);
        return JsonFields.build(path, () -> new Layer(name, role, enabled, size, legs, rolls));
    }

    static Leg leg(JsonNode node, String path, int version) {
        boolean v1 = version == 1;
        JsonFields leg = JsonFields.of(node, path);
        InstrumentKind kind = leg.choice("instrument", InstrumentKind.class);
        String volField = v1 ? V1_VOL_FIELD : VOL_FIELD;
        if (version < 3 && kind == InstrumentKind.VIX_ETF_OPTION) {
            throw new ValidationException(leg.pathOf("instrument"), "VIX_ETF_OPTION needs schemaVersion 3");
        }
        boolean live = version >= 3 && leg.has("fills");
        leg.allowOnly(fieldsOf(kind, volField, version, live), "a " + kind + (live ? " leg with fills" : " leg"));
        Instrument instrument = instrument(kind, leg);
        Optional<Quote> quote = quote(leg);
        OptionalDouble vol = impliedVol(leg, instrument, volField, v1);
        if (live) {
            List<Fill> fills = leg.list("fills", Leg.MAX_FILLS, LegReader::fill);
            if (fills.isEmpty()) {
                throw new ValidationException(leg.pathOf("fills"), "needs at least one fill (leave the field out for a "
                        + "plan leg)");
            }
            return JsonFields.build(path, () -> Leg.live(instrument, fills, vol, quote));
        }
        int quantity = leg.integer("quantity");
        double entryPrice = leg.number("entryPrice");
        return JsonFields.build(path, () -> new Leg(instrument, quantity, entryPrice, vol, quote));
    }

    /**
     * The fields a leg of {@code kind} may carry, in the order the writer emits them. A leg with fills has no
     * {@code quantity} or {@code entryPrice}: they derive from the fills.
     */
    static List<String> fieldsOf(InstrumentKind kind, String volField, int version, boolean live) {
        List<String> fields = new ArrayList<>(List.of("instrument"));
        fields.addAll(switch (kind) {
            case SPX_OPTION -> List.of("right", "strike", "expiry", "settlement");
            case VIX_FUTURE -> version < 3 ? List.of("expiry") : List.of("product", "expiry");
            case VIX_OPTION -> List.of("right", "strike", "expiry");
            case VIX_ETF -> List.of("symbol", "targetTenorDays", "leverage");
            case VIX_ETF_OPTION -> List.of("symbol", "targetTenorDays", "leverage", "right", "strike", "expiry");
        });
        fields.addAll(live ? List.of("bid", "ask", volField, "fills")
                : List.of("quantity", "entryPrice", "bid", "ask", volField));
        return fields;
    }

    private static Fill fill(JsonNode node, String path) {
        JsonFields fill = JsonFields.of(node, path).allowOnly("a fill", "time", "quantity", "price", "fees");
        LocalDateTime time = fill.dateTime("time");
        int quantity = fill.integer("quantity");
        double price = fill.number("price");
        double fees = fill.numberOr("fees", 0);
        return JsonFields.build(path, () -> new Fill(time, quantity, price, fees));
    }

    private static RollRecord roll(JsonNode node, String path) {
        JsonFields roll = JsonFields.of(node, path).allowOnly("a roll", "time", "fromExpiry", "toExpiry", "mode",
                "netCash", "realizedPnl");
        LocalDateTime time = roll.dateTime("time");
        LocalDate from = roll.date("fromExpiry");
        LocalDate to = roll.date("toExpiry");
        RollMode mode = roll.choice("mode", RollMode.class);
        double cash = roll.number("netCash");
        double realized = roll.number("realizedPnl");
        return JsonFields.build(path, () -> new RollRecord(time, from, to, mode, cash, realized));
    }

    private static Instrument instrument(InstrumentKind kind, JsonFields leg) {
        return switch (kind) {
            case SPX_OPTION -> {
                OptionRight right = leg.choice("right", OptionRight.class);
                double strike = leg.number("strike");
                LocalDate expiry = leg.date("expiry");
                Settlement settlement = leg.choiceOr("settlement", Settlement.class, Settlement.PM);
                yield JsonFields.build(leg.path(), () -> new SpxOption(right, strike, expiry, settlement));
            }
            case VIX_FUTURE -> {
                FuturesProduct product = leg.choiceOr("product", FuturesProduct.class, FuturesProduct.VX);
                LocalDate expiry = leg.date("expiry");
                yield JsonFields.build(leg.path(), () -> new VixFuture(expiry, product));
            }
            case VIX_OPTION -> {
                OptionRight right = leg.choice("right", OptionRight.class);
                double strike = leg.number("strike");
                LocalDate expiry = leg.date("expiry");
                yield JsonFields.build(leg.path(), () -> new VixOption(right, strike, expiry));
            }
            case VIX_ETF -> etf(leg);
            case VIX_ETF_OPTION -> {
                VixEtf etf = etf(leg);
                OptionRight right = leg.choice("right", OptionRight.class);
                double strike = leg.number("strike");
                LocalDate expiry = leg.date("expiry");
                yield JsonFields.build(leg.path(), () -> new VixEtfOption(etf, right, strike, expiry));
            }
        };
    }

    private static VixEtf etf(JsonFields leg) {
        String symbol = leg.text("symbol");
        int tenorDays = leg.integer("targetTenorDays");
        double leverage = leg.number("leverage");
        return JsonFields.build(leg.path(), () -> new VixEtf(symbol, tenorDays, leverage));
    }

    private static Optional<Quote> quote(JsonFields leg) {
        if (!leg.has("bid") && !leg.has("ask")) {
            return Optional.empty();
        }
        if (!leg.has("bid") || !leg.has("ask")) {
            String missing = leg.has("bid") ? "ask" : "bid";
            throw new ValidationException(leg.pathOf(missing), "is missing (bid and ask come together, or neither)");
        }
        double bid = leg.number("bid");
        double ask = leg.number("ask");
        return Optional.of(JsonFields.build(leg.path(), () -> new Quote(bid, ask)));
    }

    private static OptionalDouble impliedVol(JsonFields leg, Instrument instrument, String volField, boolean v1) {
        if (!instrument.isOption()) {
            if (leg.has(volField)) {
                throw new ValidationException(leg.pathOf(volField), "only option legs carry an implied volatility");
            }
            return OptionalDouble.empty();
        }
        if (!leg.has(volField)) {
            throw new ValidationException(leg.pathOf(volField), "is missing (an option leg needs its implied volatility"
                    + (v1 ? ", in percent)" : ")"));
        }
        double vol = leg.number(volField);
        if (!v1) {
            return OptionalDouble.of(vol);
        }
        double maxPercent = Leg.MAX_IMPLIED_VOL * 100;
        if (vol <= 0 || vol > maxPercent) {
            throw new ValidationException(leg.pathOf(volField), "must be > 0 and <= " + (int) maxPercent
                    + " (percent: 15.5 = 15.5%), got " + vol);
        }
        return OptionalDouble.of(percentToDecimal(vol));
    }

    /**
     * 17.4 (percent) to the double nearest 0.174, exactly as if 0.174 had been written: shift the decimal
     * point of the shortest decimal form, then round once ({@code 17.4 / 100} can land one ulp off).
     */
    static double percentToDecimal(double percent) {
        return Double.parseDouble(BigDecimal.valueOf(percent).movePointLeft(2).toString());
    }
}
