package org.condordesk.store.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.CapitalSettings;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.EventKind;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.Scenario;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds a {@link Scenario} from a parsed JSON tree, field by field, in schemaVersion 3 or (migrating on
 * the fly) schemaVersion 1 or 2. Either a whole valid scenario or one ValidationException naming the JSON path.
 */
final class ScenarioReader {

    static final int CURRENT_SCHEMA_VERSION = 3;
    /** Schema 1 had a date only; its positions were valued at 10:00 New York time. */
    static final LocalTime V1_VALUATION_TIME = LocalTime.of(10, 0);
    /** Same bound as the Scenario record's tag list; checked here before reading the elements. */
    static final int MAX_TAGS = 50;

    private static final List<String> V2_FIELDS = List.of("schemaVersion", "name", "notes", "tags",
            "valuationTime", "market", "model", "events", "layers");
    /**
     * Schema 3 adds the optional {@code alvh} rule set (default {@link AlvhRuleSet#defaults()}), {@code status}
     * (default PLAN) and the optional {@code capital} settings (default {@link CapitalSettings#defaults()}).
     */
    private static final List<String> V3_FIELDS = List.of("schemaVersion", "name", "notes", "tags",
            "valuationTime", "market", "model", "events", "layers", "alvh", "status", "capital");
    private static final List<String> V1_FIELDS = List.of("schemaVersion", "name", "notes", "valuationDate",
            "market", "layers");

    private ScenarioReader() {
    }

    /** The scenario held by the object {@code root}; {@code rootPath} prefixes every error path. */
    static Scenario read(JsonNode root, String rootPath) {
        if (!root.isObject()) {
            throw new ValidationException(rootPath, "must be a JSON object (a scenario), got " + JsonFields.describe(root));
        }
        JsonFields top = JsonFields.of(root, rootPath);
        int version = schemaVersion(top);
        boolean v1 = version == 1;
        top.allowOnly(v1 ? V1_FIELDS : version == 2 ? V2_FIELDS : V3_FIELDS, "a schemaVersion " + version + " scenario");
        String name = top.text("name");
        String notes = top.textOr("notes", "");
        List<String> tags = v1 ? List.of() : top.listOr("tags", MAX_TAGS, JsonFields::textElement);
        LocalDateTime valuationTime = v1
                ? top.date("valuationDate").atTime(V1_VALUATION_TIME)
                : top.dateTime("valuationTime");
        MarketSnapshot market = market(top.required("market"), top.pathOf("market"));
        VolFactorModel model = top.has("model") ? model(top.required("model"), top.pathOf("model"), version)
                : VolFactorModel.defaults();
        List<MarketEvent> events = top.listOr("events", Scenario.MAX_EVENTS, ScenarioReader::event);
        List<Layer> layers = top.list("layers", Scenario.MAX_LAYERS, (node, path) -> LegReader.layer(node, path, version));
        AlvhRuleSet alvh = top.has("alvh") ? AlvhJson.read(top.required("alvh"), top.pathOf("alvh")) : AlvhRuleSet.defaults();
        PositionStatus status = top.choiceOr("status", PositionStatus.class, PositionStatus.PLAN);
        CapitalSettings capital = top.has("capital")
                ? CapitalJson.read(top.required("capital"), top.pathOf("capital")) : CapitalSettings.defaults();
        return JsonFields.build(rootPath,
                () -> new Scenario(name, notes, tags, valuationTime, market, model, events, layers, alvh, status, capital));
    }

    private static int schemaVersion(JsonFields top) {
        int version = top.integer("schemaVersion");
        if (version > CURRENT_SCHEMA_VERSION) {
            throw new ValidationException(top.pathOf("schemaVersion"), version
                    + " is newer than this CondorDesk understands (" + CURRENT_SCHEMA_VERSION + "); update CondorDesk to open it");
        }
        if (version < 1) {
            throw new ValidationException(top.pathOf("schemaVersion"), "must be 1 to " + CURRENT_SCHEMA_VERSION + ", got " + version);
        }
        return version;
    }

    static MarketSnapshot market(JsonNode node, String path) {
        JsonFields market = JsonFields.of(node, path).allowOnly("market", "spxSpot", "riskFreeRate",
                "dividendYield", "vixSpot", "vix3m", "vixFutures", "etfQuotes", "smile");
        double spxSpot = market.number("spxSpot");
        double riskFreeRate = market.number("riskFreeRate");
        double dividendYield = market.number("dividendYield");
        double vixSpot = market.number("vixSpot");
        double vix3m = market.number("vix3m");
        List<FuturesQuote> futures = market.list("vixFutures", MarketSnapshot.MAX_CURVE_POINTS, ScenarioReader::futuresQuote);
        List<EtfQuote> etfQuotes = market.listOr("etfQuotes", MarketSnapshot.MAX_CURVE_POINTS, ScenarioReader::etfQuote);
        SmileParameters smile = market.has("smile")
                ? smile(market.required("smile"), market.pathOf("smile")) : SmileParameters.defaults();
        return JsonFields.build(path, () -> new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, vixSpot, vix3m,
                futures, etfQuotes, smile));
    }

    private static FuturesQuote futuresQuote(JsonNode node, String path) {
        JsonFields quote = JsonFields.of(node, path).allowOnly("a VIX futures quote", "expiry", "price");
        LocalDate expiry = quote.date("expiry");
        double price = quote.number("price");
        return JsonFields.build(path, () -> new FuturesQuote(expiry, price));
    }

    private static EtfQuote etfQuote(JsonNode node, String path) {
        JsonFields quote = JsonFields.of(node, path).allowOnly("an ETF quote", "symbol", "price");
        String symbol = quote.text("symbol");
        double price = quote.number("price");
        return JsonFields.build(path, () -> new EtfQuote(symbol, price));
    }

    private static SmileParameters smile(JsonNode node, String path) {
        JsonFields smile = JsonFields.of(node, path).allowOnly("smile", "atmToVixRatio", "putSkew", "callSkew",
                "calibration");
        // Without "calibration" a smile that spells out its numbers is the fixed-ratio smile it was written for.
        SmileParameters.Calibration calibration = smile.has("calibration")
                ? smile.choice("calibration", SmileParameters.Calibration.class) : SmileParameters.Calibration.FIXED_RATIO;
        double atmToVixRatio = calibration == SmileParameters.Calibration.VIX_STRIP
                ? smile.numberOr("atmToVixRatio", 1.0) : smile.number("atmToVixRatio");
        double putSkew = smile.number("putSkew");
        double callSkew = smile.number("callSkew");
        return JsonFields.build(path, () -> new SmileParameters(atmToVixRatio, putSkew, callSkew, calibration));
    }

    /** The fields of {@code model} a schemaVersion 2 file has; version 3 adds the last three and makes the betas optional. */
    private static final List<String> V2_MODEL_FIELDS = List.of("timeWeightExponent", "timeWeightMin", "timeWeightMax",
            "futuresBetas", "spotVol");
    private static final List<String> V3_MODEL_FIELDS = List.of("timeWeightExponent", "timeWeightMin", "timeWeightMax",
            "futuresBetas", "spotVol", "volResponse", "timeBasis", "nonTradingDayVariance");

    static VolFactorModel model(JsonNode node, String path, int version) {
        JsonFields model = JsonFields.of(node, path).allowOnly(version < 3 ? V2_MODEL_FIELDS : V3_MODEL_FIELDS, "model");
        double exponent = model.number("timeWeightExponent");
        double min = model.number("timeWeightMin");
        double max = model.number("timeWeightMax");
        List<TenorBeta> table = version < 3 || model.has("futuresBetas")
                ? model.list("futuresBetas", VolFactorModel.MAX_BETAS, ScenarioReader::tenorBeta) : List.of();
        if (version >= 3 && model.has("futuresBetas") && table.isEmpty()) {
            throw new ValidationException(model.pathOf("futuresBetas"), "needs at least one tenor; leave the field out "
                    + "to derive the betas from timeWeightExponent");
        }
        // Version 2 always saved a table; its default one (the formula at nine tenors, 3 decimals) meant "derived".
        List<TenorBeta> betas = version < 3 && VolFactorModel.isLegacyDefaultTable(exponent, table) ? List.of() : table;
        SpotVolMap spotVol = spotVol(model.required("spotVol"), model.pathOf("spotVol"));
        VolResponse response = model.has("volResponse")
                ? model.keyed("volResponse", VolResponse.class, VolResponse::key) : VolFactorModel.DEFAULT_VOL_RESPONSE;
        TimeBasis basis = model.has("timeBasis")
                ? model.keyed("timeBasis", TimeBasis.class, TimeBasis::key) : TimeBasis.CALENDAR;
        double nonTrading = model.numberOr("nonTradingDayVariance", VolFactorModel.DEFAULT_NON_TRADING_DAY_VARIANCE);
        return JsonFields.build(path, () -> new VolFactorModel(exponent, min, max, betas, spotVol, response, basis,
                nonTrading));
    }

    private static TenorBeta tenorBeta(JsonNode node, String path) {
        JsonFields beta = JsonFields.of(node, path).allowOnly("a futures beta", "days", "beta");
        double days = beta.number("days");
        double value = beta.number("beta");
        return JsonFields.build(path, () -> new TenorBeta(days, value));
    }

    private static SpotVolMap spotVol(JsonNode node, String path) {
        JsonFields map = JsonFields.of(node, path).allowOnly("spotVol", "kDown", "kUp", "scale", "vixFloor", "stickyVol");
        double kDown = map.number("kDown");
        double kUp = map.number("kUp");
        double scale = map.number("scale");
        double vixFloor = map.number("vixFloor");
        boolean stickyVol = map.bool("stickyVol");
        return JsonFields.build(path, () -> new SpotVolMap(kDown, kUp, scale, vixFloor, stickyVol));
    }

    private static MarketEvent event(JsonNode node, String path) {
        JsonFields event = JsonFields.of(node, path).allowOnly("an event", "date", "kind", "label");
        LocalDate date = event.date("date");
        EventKind kind = event.choice("kind", EventKind.class);
        String label = event.text("label");
        return JsonFields.build(path, () -> new MarketEvent(date, kind, label));
    }
}
