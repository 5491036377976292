package org.condordesk.store.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.condordesk.model.EtfQuote;
import org.condordesk.model.Fill;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Quote;
import org.condordesk.model.RollRecord;
import org.condordesk.model.Scenario;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.SpxOption;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.model.VolFactorModel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Writes a scenario as pretty JSON in the layout and field order of the bundled samples (schemaVersion 3),
 * every field spelled out, so a file read back equals the scenario written.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static String write(Scenario scenario) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JsonInput.factory().createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            scenario(json, scenario);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.append('\n').toString();
    }

    /** Two-space indent, {@code "key": value}, one array element per line, {@code []} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return printer;
    }

    private static void scenario(JsonGenerator json, Scenario scenario) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", ScenarioReader.CURRENT_SCHEMA_VERSION);
        json.writeStringField("name", scenario.name());
        json.writeStringField("notes", scenario.notes());
        json.writeArrayFieldStart("tags");
        for (String tag : scenario.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("valuationTime", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(scenario.valuationTime()));
        market(json, scenario.market());
        model(json, scenario.model());
        json.writeArrayFieldStart("events");
        for (MarketEvent event : scenario.events()) {
            json.writeStartObject();
            json.writeStringField("date", event.date().toString());
            json.writeStringField("kind", event.kind().name());
            json.writeStringField("label", event.label());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("layers");
        for (Layer layer : scenario.layers()) {
            layer(json, layer);
        }
        json.writeEndArray();
        AlvhJson.write(json, scenario.alvh());
        json.writeStringField("status", scenario.status().name());
        if (!scenario.capital().isDefault()) {
            CapitalJson.write(json, scenario.capital());
        }
        json.writeEndObject();
    }

    private static void market(JsonGenerator json, MarketSnapshot market) throws IOException {
        json.writeObjectFieldStart("market");
        json.writeNumberField("spxSpot", market.spxSpot());
        json.writeNumberField("riskFreeRate", market.riskFreeRate());
        json.writeNumberField("dividendYield", market.dividendYield());
        json.writeNumberField("vixSpot", market.vixSpot());
        json.writeNumberField("vix3m", market.vix3m());
        json.writeArrayFieldStart("vixFutures");
        for (FuturesQuote quote : market.vixFutures()) {
            json.writeStartObject();
            json.writeStringField("expiry", quote.expiry().toString());
            json.writeNumberField("price", quote.price());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("etfQuotes");
        for (EtfQuote quote : market.etfQuotes()) {
            json.writeStartObject();
            json.writeStringField("symbol", quote.symbol());
            json.writeNumberField("price", quote.price());
            json.writeEndObject();
        }
        json.writeEndArray();
        SmileParameters smile = market.smile();
        json.writeObjectFieldStart("smile");
        json.writeNumberField("atmToVixRatio", smile.atmToVixRatio());
        json.writeNumberField("putSkew", smile.putSkew());
        json.writeNumberField("callSkew", smile.callSkew());
        if (smile.calibration() != SmileParameters.Calibration.FIXED_RATIO) {
            json.writeStringField("calibration", smile.calibration().name());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void model(JsonGenerator json, VolFactorModel model) throws IOException {
        json.writeObjectFieldStart("model");
        json.writeNumberField("timeWeightExponent", model.timeWeightExponent());
        json.writeNumberField("timeWeightMin", model.timeWeightMin());
        json.writeNumberField("timeWeightMax", model.timeWeightMax());
        if (!model.derivesFuturesBetas()) {
            // No table means the betas come from the formula (docs/scenario-format.md).
            json.writeArrayFieldStart("futuresBetas");
            for (TenorBeta beta : model.futuresBetas()) {
                json.writeStartObject();
                wholeOrDecimal(json, "days", beta.days());
                json.writeNumberField("beta", beta.beta());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        SpotVolMap spotVol = model.spotVol();
        json.writeObjectFieldStart("spotVol");
        json.writeNumberField("kDown", spotVol.kDown());
        json.writeNumberField("kUp", spotVol.kUp());
        json.writeNumberField("scale", spotVol.scale());
        json.writeNumberField("vixFloor", spotVol.vixFloor());
        json.writeBooleanField("stickyVol", spotVol.stickyVol());
        json.writeEndObject();
        json.writeStringField("volResponse", model.volResponse().key());
        json.writeStringField("timeBasis", model.timeBasis().key());
        json.writeNumberField("nonTradingDayVariance", model.nonTradingDayVariance());
        json.writeEndObject();
    }

    private static void layer(JsonGenerator json, Layer layer) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", layer.name());
        json.writeStringField("role", layer.role().name());
        json.writeBooleanField("enabled", layer.enabled());
        json.writeNumberField("sizeMultiplier", layer.sizeMultiplier());
        json.writeArrayFieldStart("legs");
        for (Leg leg : layer.legs()) {
            leg(json, leg);
        }
        json.writeEndArray();
        if (!layer.rolls().isEmpty()) {
            json.writeArrayFieldStart("rolls");
            for (RollRecord roll : layer.rolls()) {
                json.writeStartObject();
                json.writeStringField("time", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(roll.time()));
                json.writeStringField("fromExpiry", roll.fromExpiry().toString());
                json.writeStringField("toExpiry", roll.toExpiry().toString());
                json.writeStringField("mode", roll.mode().name());
                json.writeNumberField("netCash", roll.netCash());
                json.writeNumberField("realizedPnl", roll.realizedPnl());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void leg(JsonGenerator json, Leg leg) throws IOException {
        json.writeStartObject();
        json.writeStringField("instrument", leg.instrument().kind().name());
        instrumentFields(json, leg.instrument());
        if (!leg.isLive()) {
            // A live leg's quantity and entry derive from its fills (docs/scenario-format.md).
            json.writeNumberField("quantity", leg.quantity());
            json.writeNumberField("entryPrice", leg.entryPrice());
        }
        if (leg.quote().isPresent()) {
            Quote quote = leg.quote().get();
            json.writeNumberField("bid", quote.bid());
            json.writeNumberField("ask", quote.ask());
        }
        if (leg.impliedVol().isPresent()) {
            json.writeNumberField(LegReader.VOL_FIELD, leg.impliedVol().getAsDouble());
        }
        if (leg.isLive()) {
            json.writeArrayFieldStart("fills");
            for (Fill fill : leg.fills()) {
                json.writeStartObject();
                json.writeStringField("time", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(fill.time()));
                json.writeNumberField("quantity", fill.quantity());
                json.writeNumberField("price", fill.price());
                json.writeNumberField("fees", fill.fees());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void instrumentFields(JsonGenerator json, Instrument instrument) throws IOException {
        switch (instrument.kind()) {
            case SPX_OPTION -> {
                SpxOption option = (SpxOption) instrument;
                json.writeStringField("right", option.right().name());
                wholeOrDecimal(json, "strike", option.strike());
                json.writeStringField("expiry", option.expiry().toString());
                json.writeStringField("settlement", option.settlement().name());
            }
            case VIX_FUTURE -> {
                VixFuture future = (VixFuture) instrument;
                json.writeStringField("product", future.product().name());
                json.writeStringField("expiry", future.expiry().toString());
            }
            case VIX_OPTION -> {
                VixOption option = (VixOption) instrument;
                json.writeStringField("right", option.right().name());
                wholeOrDecimal(json, "strike", option.strike());
                json.writeStringField("expiry", option.expiry().toString());
            }
            case VIX_ETF -> etf(json, (VixEtf) instrument);
            case VIX_ETF_OPTION -> {
                VixEtfOption option = (VixEtfOption) instrument;
                etf(json, option.underlying());
                json.writeStringField("right", option.right().name());
                wholeOrDecimal(json, "strike", option.strike());
                json.writeStringField("expiry", option.expiry().toString());
            }
        }
    }

    private static void etf(JsonGenerator json, VixEtf etf) throws IOException {
        json.writeStringField("symbol", etf.symbol());
        json.writeNumberField("targetTenorDays", etf.targetTenorDays());
        json.writeNumberField("leverage", etf.leverage());
    }

    /** Strikes and tenor days are usually whole: written as {@code 7275}, not {@code 7275.0}, as traders type them. */
    private static void wholeOrDecimal(JsonGenerator json, String field, double value) throws IOException {
        boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
            json.writeNumberField(field, (long) value);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
