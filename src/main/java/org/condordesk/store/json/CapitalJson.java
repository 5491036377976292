package org.condordesk.store.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.model.CapitalSettings;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.FundingSource;
import org.condordesk.model.UserStress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario's optional {@code capital} object (schemaVersion 3, docs/scenario-format.md): the VX initial margin,
 * the cost-of-capital table and the user's stresses. Written only when it differs from the defaults, so files that
 * never set it stay as they were.
 */
final class CapitalJson {

    private CapitalJson() {
    }

    static CapitalSettings read(JsonNode node, String path) {
        JsonFields capital = JsonFields.of(node, path).allowOnly("capital", "vxInitialMarginPerContract", "funding",
                "stresses");
        OptionalDouble vxMargin = capital.has("vxInitialMarginPerContract")
                ? OptionalDouble.of(capital.number("vxInitialMarginPerContract")) : OptionalDouble.empty();
        List<FundingSource> funding = capital.listOr("funding", CapitalSettings.MAX_FUNDING_SOURCES, CapitalJson::funding);
        List<UserStress> stresses = capital.listOr("stresses", CapitalSettings.MAX_STRESSES, CapitalJson::stress);
        return JsonFields.build(path, () -> new CapitalSettings(vxMargin, funding, stresses));
    }

    private static FundingSource funding(JsonNode node, String path) {
        JsonFields row = JsonFields.of(node, path).allowOnly("a funding source", "name", "weight", "annualRate");
        String name = row.text("name");
        double weight = row.number("weight");
        double rate = row.number("annualRate");
        return JsonFields.build(path, () -> new FundingSource(name, weight, rate));
    }

    private static UserStress stress(JsonNode node, String path) {
        JsonFields stress = JsonFields.of(node, path).allowOnly("a stress", "name", "spxMovePct", "vixMovePoints",
                "vixByMap", "daysElapsed", "spxIvShiftPoints", "ivShiftsByExpiry", "vxCurveShiftPoints",
                "vxCurveTwistPoints");
        String name = stress.text("name");
        double spx = stress.numberOr("spxMovePct", 0);
        double vix = stress.numberOr("vixMovePoints", 0);
        boolean byMap = stress.boolOr("vixByMap", false);
        double days = stress.numberOr("daysElapsed", 0);
        double iv = stress.numberOr("spxIvShiftPoints", 0);
        List<ExpiryIvShift> byExpiry = stress.listOr("ivShiftsByExpiry", UserStress.MAX_EXPIRY_SHIFTS,
                CapitalJson::expiryShift);
        double shift = stress.numberOr("vxCurveShiftPoints", 0);
        double twist = stress.numberOr("vxCurveTwistPoints", 0);
        return JsonFields.build(path, () -> new UserStress(name, spx, vix, byMap, days, iv, byExpiry, shift, twist));
    }

    private static ExpiryIvShift expiryShift(JsonNode node, String path) {
        JsonFields shift = JsonFields.of(node, path).allowOnly("an expiry IV shift", "expiry", "volPoints");
        LocalDate expiry = shift.date("expiry");
        double points = shift.number("volPoints");
        return JsonFields.build(path, () -> new ExpiryIvShift(expiry, points));
    }

    static void write(JsonGenerator json, CapitalSettings capital) throws IOException {
        json.writeObjectFieldStart("capital");
        if (capital.vxInitialMarginPerContract().isPresent()) {
            json.writeNumberField("vxInitialMarginPerContract", capital.vxInitialMarginPerContract().getAsDouble());
        }
        json.writeArrayFieldStart("funding");
        for (FundingSource source : capital.funding()) {
            json.writeStartObject();
            json.writeStringField("name", source.name());
            json.writeNumberField("weight", source.weight());
            json.writeNumberField("annualRate", source.annualRate());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("stresses");
        for (UserStress stress : capital.stresses()) {
            stress(json, stress);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void stress(JsonGenerator json, UserStress stress) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", stress.name());
        json.writeNumberField("spxMovePct", stress.spxMovePct());
        json.writeNumberField("vixMovePoints", stress.vixMovePoints());
        json.writeBooleanField("vixByMap", stress.vixByMap());
        json.writeNumberField("daysElapsed", stress.daysElapsed());
        json.writeNumberField("spxIvShiftPoints", stress.spxIvShiftPoints());
        json.writeArrayFieldStart("ivShiftsByExpiry");
        for (ExpiryIvShift shift : stress.ivShiftsByExpiry()) {
            json.writeStartObject();
            json.writeStringField("expiry", shift.expiry().toString());
            json.writeNumberField("volPoints", shift.volPoints());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("vxCurveShiftPoints", stress.vxCurveShiftPoints());
        json.writeNumberField("vxCurveTwistPoints", stress.vxCurveTwistPoints());
        json.writeEndObject();
    }
}
