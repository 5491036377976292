package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.util.Optional;

import org.condordesk.risk.ProbabilityReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code probabilities} of {@code report}, as JSON (keys in docs/cli.md) and as text. */
final class ProbabilityOutput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProbabilityOutput() {
    }

    /** The object, or null when the book has settled (there is nothing left to be uncertain about). */
    static ObjectNode json(Optional<ProbabilityReport> probabilities) {
        if (probabilities.isEmpty()) {
            return null;
        }
        ProbabilityReport p = probabilities.get();
        ObjectNode node = NODES.objectNode();
        node.put("method", "risk-neutral distribution of the model's smile (Breeden-Litzenberger), VIX through the "
                + "spot-vol map; docs/model.md section 20");
        ProbabilityReport.ExpectedMove move = p.expectedMove();
        ObjectNode expected = node.putObject("expectedMove");
        expected.put("at", move.at().toString());
        number(expected, "days", move.days());
        number(expected, "spot", move.spot());
        number(expected, "atmVol", move.atmVol());
        number(expected, "fromStraddle", move.fromStraddle());
        number(expected, "fromImpliedVol", move.fromImpliedVol());
        number(expected, "low", move.low());
        number(expected, "high", move.high());
        number(node, "profitAtExpiry", p.profitAtExpiry());
        number(node, "profitAtTn", p.profitAtTarget());
        node.put("tnAt", p.targetAt().toString());
        number(node, "maxProfit", p.maxProfit());
        number(node, "maxProfitDollars", p.maxProfitDollars());
        ArrayNode touch = node.putArray("touch");
        for (ProbabilityReport.Touch t : p.touch()) {
            ObjectNode strike = touch.addObject();
            strike.put("label", t.label());
            strike.put("right", t.right().name());
            number(strike, "strike", t.strike());
            strike.put("expiry", t.expiry().toString());
            number(strike, "volUsed", t.volUsed());
            number(strike, "probability", t.probability());
        }
        ObjectNode loss = node.putObject("lossBeyond");
        number(loss, "level", p.lossBeyond().levelDollars());
        number(loss, "probability", p.lossBeyond().probability());
        return node;
    }

    static String text(Optional<ProbabilityReport> probabilities) {
        String nl = System.lineSeparator();
        if (probabilities.isEmpty()) {
            return "Probabilities: none (the book has settled)" + nl;
        }
        ProbabilityReport p = probabilities.get();
        ProbabilityReport.ExpectedMove move = p.expectedMove();
        StringBuilder out = new StringBuilder("Probabilities (risk-neutral, the model's smile; docs/model.md section 20)")
                .append(nl);
        out.append("  Expected move to ").append(move.at().toLocalDate()).append(" (").append(number(move.days(), 1))
                .append(" days): +/-").append(number(move.fromStraddle(), 0)).append(" pts from the ATM straddle (")
                .append(number(move.low(), 0)).append(" to ").append(number(move.high(), 0)).append("), +/-")
                .append(number(move.fromImpliedVol(), 0)).append(" pts from the ATM vol ")
                .append(number(move.atmVol() * 100, 2)).append(" %").append(nl);
        out.append("  Profit at expiry ").append(percent(p.profitAtExpiry())).append("; at T+n (")
                .append(p.targetAt().toLocalDate()).append(") ").append(percent(p.profitAtTarget()))
                .append("; max profit (within 1 % of ").append(number(p.maxProfitDollars(), 0)).append(" $) ")
                .append(percent(p.maxProfit())).append(nl);
        for (ProbabilityReport.Touch t : p.touch()) {
            out.append("  Touch ").append(t.label()).append(": ").append(percent(t.probability())).append(nl);
        }
        out.append("  Loss beyond ").append(number(p.lossBeyond().levelDollars(), 0)).append(" $ at expiry: ")
                .append(percent(p.lossBeyond().probability())).append(nl);
        return out.toString();
    }

    private static String percent(double probability) {
        return number(probability * 100, 1) + " %";
    }
}
