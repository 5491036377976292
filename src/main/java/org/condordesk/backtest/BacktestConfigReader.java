package org.condordesk.backtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.AlvhJson;
import org.condordesk.store.json.JsonFields;
import org.condordesk.store.json.JsonInput;
import org.condordesk.store.json.ScenarioJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a backtest config file strictly (docs/backtest.md §config): every field is optional with its documented
 * default, an unknown field or a bad value is an error naming its JSON path ({@code variants[1].tenorDays: must be
 * between 30 and 90, got 120}), and history paths are resolved against the config file's folder.
 */
public final class BacktestConfigReader {

    private BacktestConfigReader() {
    }

    /** Reads {@code file}; errors name the file, then the JSON path. */
    public static BacktestFile read(Path file) {
        byte[] bytes = ScenarioJson.readBytes(file);
        Path folder = file.toAbsolutePath().getParent();
        try {
            return parse(JsonInput.parse(bytes), folder);
        } catch (ValidationException e) {
            throw ScenarioJson.inFile(file, e);
        }
    }

    /** Parses a config whose relative history paths are under {@code folder}. */
    public static BacktestFile parse(JsonNode root, Path folder) {
        JsonFields config = JsonFields.of(root, "").allowOnly("a backtest config", "history", "from", "to", "entry",
                "exits", "costs", "model", "capital", "alvh", "variants", "sweep");
        HistoryFiles history = config.has("history") ? history(config.required("history"), folder)
                : HistoryFiles.bundled(folder.resolve("history"));
        BacktestConfig defaults = BacktestConfig.defaults();
        Optional<java.time.LocalDate> from = config.has("from") ? Optional.of(config.date("from")) : Optional.empty();
        Optional<java.time.LocalDate> to = config.has("to") ? Optional.of(config.date("to")) : Optional.empty();
        BacktestConfig.Entry entry = config.has("entry") ? entry(config.required("entry")) : defaults.entry();
        BacktestConfig.Exits exits = config.has("exits") ? exits(config.required("exits")) : defaults.exits();
        BacktestConfig.Costs costs = config.has("costs") ? costs(config.required("costs")) : defaults.costs();
        BacktestConfig.Model model = config.has("model") ? model(config.required("model")) : defaults.model();
        BacktestConfig.Capital capital = config.has("capital") ? capital(config.required("capital")) : defaults.capital();
        AlvhRuleSet rules = config.has("alvh") ? AlvhJson.read(config.required("alvh"), "alvh") : AlvhRuleSet.defaults();
        if (!rules.targetLayer().isEmpty()) {
            // A backtest sizes its own ALVH layer 2: a name here would match nothing and be silently ignored.
            throw new ValidationException("alvh.targetLayer", "'" + rules.targetLayer() + "' names no layer: a backtest's"
                    + " rules always size its ALVH layer 2; leave targetLayer out or empty");
        }
        List<BacktestConfig.Variant> variants = config.has("variants") ? config.list("variants",
                BacktestConfig.MAX_VARIANTS, BacktestConfigReader::variant) : defaults.variants();
        BacktestConfig read = new BacktestConfig(from, to, entry, exits, costs, model, capital, rules, variants);
        Optional<Sweep.Grid> sweep = Optional.empty();
        Sweep.Metric metric = Sweep.Metric.SHARPE;
        if (config.has("sweep")) {
            JsonFields fields = JsonFields.of(config.required("sweep"), "sweep").allowOnly("the sweep", "variant",
                    "shortDeltas", "daysToExpiry", "hedgeRatios", "metric");
            metric = fields.choiceOr("metric", Sweep.Metric.class, Sweep.Metric.SHARPE);
            sweep = Optional.of(grid(fields, read));
        }
        return new BacktestFile(read, history, sweep, metric);
    }

    private static HistoryFiles history(JsonNode node, Path folder) {
        JsonFields fields = JsonFields.of(node, "history").allowOnly("the history files", "spx", "vix", "vix3m");
        Path spx = folder.resolve(fields.text("spx"));
        Path vix = folder.resolve(fields.text("vix"));
        Optional<Path> vix3m = fields.has("vix3m") ? Optional.of(folder.resolve(fields.text("vix3m"))) : Optional.empty();
        return new HistoryFiles(spx, vix, vix3m);
    }

    private static BacktestConfig.Entry entry(JsonNode node) {
        JsonFields f = JsonFields.of(node, "entry").allowOnly("the entry rule", "everyTradingDays", "daysToExpiry",
                "shortDelta", "wingWidthPoints", "strikeStepPoints", "contracts", "skipEvents", "wingPercentOfSpot",
                "wingDelta", "wingCreditPctOfWidth", "farStrikeStepPoints");
        BacktestConfig.Entry d = BacktestConfig.Entry.defaults();
        int every = intOr(f, "everyTradingDays", d.everyTradingDays());
        int dte = intOr(f, "daysToExpiry", d.daysToExpiry());
        double delta = f.numberOr("shortDelta", d.shortDelta());
        double width = f.numberOr("wingWidthPoints", d.wingWidthPoints());
        double step = f.numberOr("strikeStepPoints", d.strikeStepPoints());
        int contracts = intOr(f, "contracts", d.contracts());
        java.util.Set<org.condordesk.model.EventKind> skip = skipEvents(node.get("skipEvents"));
        double wingPercent = f.numberOr("wingPercentOfSpot", 0);
        double wingDelta = f.numberOr("wingDelta", 0);
        double creditShare = f.numberOr("wingCreditPctOfWidth", 0);
        double farStep = f.numberOr("farStrikeStepPoints", BacktestConfig.Entry.FAR_MONTH_STRIKE_STEP);
        return JsonFields.build("entry", () -> new BacktestConfig.Entry(every, dte, delta, width, step, contracts, skip,
                wingPercent, wingDelta, creditShare, farStep));
    }

    /** {@code "skipEvents": ["FOMC", "CPI", "PPI"]}: the bundled event kinds a condor may not live through. */
    private static java.util.Set<org.condordesk.model.EventKind> skipEvents(JsonNode node) {
        if (node == null || node.isNull()) {
            return java.util.Set.of();
        }
        if (!node.isArray()) {
            throw new ValidationException("entry.skipEvents", "must be a list such as [\"FOMC\", \"CPI\"]");
        }
        java.util.Set<org.condordesk.model.EventKind> kinds = java.util.EnumSet.noneOf(org.condordesk.model.EventKind.class);
        for (int i = 0; i < node.size(); i++) {
            String text = node.get(i).asText("");
            try {
                kinds.add(org.condordesk.model.EventKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("entry.skipEvents[" + i + "]", "must be FOMC, CPI, PPI or OTHER, got '"
                        + text + "'");
            }
        }
        return kinds;
    }

    private static BacktestConfig.Exits exits(JsonNode node) {
        JsonFields f = JsonFields.of(node, "exits").allowOnly("the exits", "takeProfitPctOfCredit",
                "stopLossPctOfCredit", "closeDaysBeforeExpiry");
        OptionalDouble takeProfit = optional(f, "takeProfitPctOfCredit");
        OptionalDouble stopLoss = optional(f, "stopLossPctOfCredit");
        int before = intOr(f, "closeDaysBeforeExpiry", 0);
        return JsonFields.build("exits", () -> new BacktestConfig.Exits(takeProfit, stopLoss, before));
    }

    private static BacktestConfig.Costs costs(JsonNode node) {
        JsonFields f = JsonFields.of(node, "costs").allowOnly("the costs", "spxOptionHalfSpread", "vixOptionHalfSpread",
                "vixFutureHalfSpread", "vixWideningPer30Days", "spxOptionCommission", "vixOptionCommission",
                "vxCommission", "vxmCommission", "spxHalfSpreadVolPoints", "comboFillFraction", "etfShareHalfSpread",
                "etfShareCommission", "etfOptionHalfSpread");
        BacktestConfig.Costs d = BacktestConfig.Costs.defaults();
        double[] v = {f.numberOr("spxOptionHalfSpread", d.spxOptionHalfSpread()),
            f.numberOr("vixOptionHalfSpread", d.vixOptionHalfSpread()),
            f.numberOr("vixFutureHalfSpread", d.vixFutureHalfSpread()),
            f.numberOr("vixWideningPer30Days", d.vixWideningPer30Days()),
            f.numberOr("spxOptionCommission", d.spxOptionCommission()),
            f.numberOr("vixOptionCommission", d.vixOptionCommission()),
            f.numberOr("vxCommission", d.vxCommission()), f.numberOr("vxmCommission", d.vxmCommission()),
            f.numberOr("spxHalfSpreadVolPoints", d.spxHalfSpreadVolPoints()),
            f.numberOr("comboFillFraction", d.comboFillFraction()),
            f.numberOr("etfShareHalfSpread", d.etfShareHalfSpread()),
            f.numberOr("etfShareCommission", d.etfShareCommission()),
            f.numberOr("etfOptionHalfSpread", d.etfOptionHalfSpread())};
        return JsonFields.build("costs", () -> new BacktestConfig.Costs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                v[8], v[9], v[10], v[11], v[12]));
    }

    private static BacktestConfig.Model model(JsonNode node) {
        JsonFields f = JsonFields.of(node, "model").allowOnly("the market model", "riskFreeRate", "dividendYield",
                "smile", "volOfVol");
        BacktestConfig.Model d = BacktestConfig.Model.defaults();
        SmileParameters smile = f.has("smile") ? smile(f.required("smile")) : d.smile();
        double rate = f.numberOr("riskFreeRate", d.riskFreeRate());
        double yield = f.numberOr("dividendYield", d.dividendYield());
        JsonFields v = f.has("volOfVol") ? JsonFields.of(f.required("volOfVol"), "model.volOfVol")
                .allowOnly("the vol of vol", "lookbackDays", "scale", "floor", "cap") : null;
        int lookback = v == null ? d.volOfVolLookbackDays() : intOr(v, "lookbackDays", d.volOfVolLookbackDays());
        double scale = v == null ? d.volOfVolScale() : v.numberOr("scale", d.volOfVolScale());
        double floor = v == null ? d.volOfVolFloor() : v.numberOr("floor", d.volOfVolFloor());
        double cap = v == null ? d.volOfVolCap() : v.numberOr("cap", d.volOfVolCap());
        ValidationException wrong = null;
        try {
            return new BacktestConfig.Model(rate, yield, smile, lookback, scale, floor, cap);
        } catch (ValidationException e) {
            wrong = e;
        }
        // The vol-of-vol fields are nested one level deeper in the file than in the record.
        String field = wrong.path();
        String nested = switch (field) {
            case "volOfVolLookbackDays" -> "volOfVol.lookbackDays";
            case "volOfVolScale" -> "volOfVol.scale";
            case "volOfVolFloor" -> "volOfVol.floor";
            case "volOfVolCap" -> "volOfVol.cap";
            default -> field;
        };
        throw new ValidationException(nested, wrong.reason()).under("model");
    }

    private static SmileParameters smile(JsonNode node) {
        JsonFields s = JsonFields.of(node, "model.smile").allowOnly("the smile", "atmToVixRatio", "putSkew", "callSkew",
                "calibration");
        SmileParameters.Calibration calibration = s.choiceOr("calibration", SmileParameters.Calibration.class,
                SmileParameters.Calibration.VIX_STRIP);
        SmileParameters d = calibration == SmileParameters.Calibration.VIX_STRIP ? SmileParameters.defaults()
                : SmileParameters.fixedRatioDefaults();
        double ratio = s.numberOr("atmToVixRatio", d.atmToVixRatio());
        double put = s.numberOr("putSkew", d.putSkew());
        double call = s.numberOr("callSkew", d.callSkew());
        return JsonFields.build("model.smile", () -> new SmileParameters(ratio, put, call, calibration));
    }

    private static BacktestConfig.Capital capital(JsonNode node) {
        JsonFields f = JsonFields.of(node, "capital").allowOnly("the capital charge", "costOfCapital",
                "vxMarginPerContract", "baseDollars", "equityFraction");
        double cost = f.numberOr("costOfCapital", BacktestConfig.Capital.defaults().costOfCapital());
        OptionalDouble margin = optional(f, "vxMarginPerContract");
        OptionalDouble base = optional(f, "baseDollars");
        OptionalDouble fraction = optional(f, "equityFraction");
        return JsonFields.build("capital", () -> new BacktestConfig.Capital(cost, margin, base, fraction));
    }


    private static BacktestConfig.Variant variant(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path).allowOnly("a variant", "name", "hedge", "instrument", "tenorDays",
                "longStrikeOffsetPoints", "widthPoints", "sizing", "hedgeRatio", "contracts", "layer1Share",
                "layer2Share", "budgetPctOfCredit", "hedgeBook", "rollDaysBeforeExpiry", "rollWeekday");
        BacktestConfig.Hedge h = BacktestConfig.Hedge.defaults();
        BacktestConfig.Sizing s = BacktestConfig.Sizing.defaults();
        String name = f.text("name");
        BacktestConfig.HedgeKind kind = f.choice("hedge", BacktestConfig.HedgeKind.class);
        BacktestConfig.HedgeInstrument instrument = f.choiceOr("instrument", BacktestConfig.HedgeInstrument.class,
                h.instrument());
        int tenor = intOr(f, "tenorDays", h.tenorDays());
        double offset = f.numberOr("longStrikeOffsetPoints", h.longStrikeOffsetPoints());
        double width = f.numberOr("widthPoints", h.widthPoints());
        BacktestConfig.SizingRule rule = f.choiceOr("sizing", BacktestConfig.SizingRule.class, s.rule());
        double ratio = f.numberOr("hedgeRatio", s.hedgeRatio());
        if (rule == BacktestConfig.SizingRule.CONTRACTS && !f.has("contracts")) {
            // It ran with 0 contracts (issue 26 §5): a CONTRACTS hedge needs its count.
            throw new ValidationException(f.pathOf("contracts"), "is missing: sizing CONTRACTS needs the number of contracts");
        }
        int contracts = intOr(f, "contracts", s.contracts());
        double share1 = f.numberOr("layer1Share", s.layer1Share());
        double share2 = f.numberOr("layer2Share", s.layer2Share());
        double budget = f.numberOr("budgetPctOfCredit", s.budgetPctOfCredit());
        BacktestConfig.HedgeBook b = BacktestConfig.HedgeBook.defaults();
        BacktestConfig.BookMode mode = f.choiceOr("hedgeBook", BacktestConfig.BookMode.class, b.mode());
        int rollDays = intOr(f, "rollDaysBeforeExpiry", b.rollDaysBeforeExpiry());
        Optional<java.time.DayOfWeek> weekday = f.has("rollWeekday")
                ? Optional.of(f.choice("rollWeekday", java.time.DayOfWeek.class)) : b.rollWeekday();
        BacktestConfig.Hedge hedge = JsonFields.build(path, () -> new BacktestConfig.Hedge(instrument, tenor, offset, width));
        BacktestConfig.Sizing sizing = JsonFields.build(path, () -> new BacktestConfig.Sizing(rule, ratio, contracts,
                share1, share2, budget));
        BacktestConfig.HedgeBook book = JsonFields.build(path, () -> new BacktestConfig.HedgeBook(mode, rollDays,
                weekday));
        return JsonFields.build(path, () -> new BacktestConfig.Variant(name, kind, hedge, sizing, book));
    }

    private static Sweep.Grid grid(JsonFields f, BacktestConfig config) {
        String variant = f.textOr("variant", config.variants().get(config.variants().size() - 1).name());
        if (config.variants().stream().noneMatch(v -> v.name().equals(variant))) {
            throw new ValidationException("sweep.variant", "no variant named '" + variant + "'");
        }
        List<Double> deltas = f.has("shortDeltas") ? f.list("shortDeltas", 100, BacktestConfigReader::number)
                : List.of(config.entry().shortDelta());
        List<Integer> dtes = f.has("daysToExpiry") ? f.list("daysToExpiry", 100, BacktestConfigReader::whole)
                : List.of(config.entry().daysToExpiry());
        List<Double> ratios = f.has("hedgeRatios") ? f.list("hedgeRatios", 100, BacktestConfigReader::number)
                : List.of(1.0);
        for (int i = 0; i < deltas.size(); i++) {
            org.condordesk.model.Check.shortDelta("sweep.shortDeltas[" + i + "]", deltas.get(i));
        }
        for (int i = 0; i < dtes.size(); i++) {
            org.condordesk.model.Check.between("sweep.daysToExpiry[" + i + "]", dtes.get(i), 1, 365);
        }
        for (int i = 0; i < ratios.size(); i++) {
            org.condordesk.model.Check.between("sweep.hedgeRatios[" + i + "]", ratios.get(i), 0, 10);
        }
        return JsonFields.build("sweep", () -> new Sweep.Grid(variant, deltas, dtes, ratios));
    }

    private static double number(JsonNode node, String path) {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new ValidationException(path, "must be a number, got " + JsonFields.describe(node));
        }
        return node.doubleValue();
    }

    private static int whole(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ValidationException(path, "must be a whole number, got " + JsonFields.describe(node));
        }
        return node.intValue();
    }

    private static int intOr(JsonFields fields, String field, int fallback) {
        return fields.has(field) ? fields.integer(field) : fallback;
    }

    private static OptionalDouble optional(JsonFields fields, String field) {
        return fields.has(field) ? OptionalDouble.of(fields.number(field)) : OptionalDouble.empty();
    }
}
