package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.util.OptionalLong;

import org.condordesk.chain.Ladder;
import org.condordesk.model.OptionRight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code chain --ladder}: the strike ladder as JSON ({@code ladder[]}, keys in docs/cli.md) and as a text table. */
final class LadderOutput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] KEYS = {"bid", "ask", "mid", "iv", "delta", "gamma", "theta", "vega"};

    private LadderOutput() {
    }

    static void json(ObjectNode root, Ladder ladder) {
        root.put("root", ladder.root().name());
        root.put("settlement", ladder.root().settlement().name());
        root.put("expiry", ladder.expiry().toString());
        number(root, "days", ladder.days());
        number(root, "forward", ladder.forward());
        number(root, "discountFactor", ladder.discountFactor());
        number(root, "underlyingPrice", ladder.underlyingPrice());
        ArrayNode rows = root.putArray("ladder");
        for (Ladder.Row row : ladder.rows()) {
            ObjectNode node = rows.addObject();
            number(node, "strike", row.strike());
            node.set("call", side(row.call()));
            node.set("put", side(row.put()));
        }
    }

    private static ObjectNode side(Ladder.Side side) {
        ObjectNode node = NODES.objectNode();
        double[] values = {side.bid(), side.ask(), side.mid(), side.iv(), side.delta(), side.gamma(), side.thetaPerDay(),
            side.vegaPerVolPoint()};
        for (int i = 0; i < KEYS.length; i++) {
            number(node, KEYS[i], values[i]);
        }
        count(node, "openInterest", side.openInterest());
        count(node, "volume", side.volume());
        return node;
    }

    private static void count(ObjectNode node, String key, OptionalLong value) {
        if (value.isPresent()) {
            node.put(key, value.getAsLong());
        } else {
            node.putNull(key);
        }
    }

    static String text(Ladder ladder) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(ladder.root()).append(' ').append(ladder.expiry()).append(' ').append(ladder.root().settlement())
                .append(", ").append(number(ladder.days(), 2)).append(" days, forward ").append(number(ladder.forward(), 2))
                .append(" (row marked >)").append(nl);
        TextTable table = new TextTable("C OI", "C vol", "C delta", "C IV %", "C bid", "C ask", "strike", "P bid", "P ask",
                "P IV %", "P delta", "P vol", "P OI");
        int atm = ladder.nearest(ladder.forward());
        for (int i = 0; i < ladder.rows().size(); i++) {
            Ladder.Row row = ladder.rows().get(i);
            Ladder.Side c = row.side(OptionRight.CALL);
            Ladder.Side p = row.side(OptionRight.PUT);
            table.row(count(c.openInterest()), count(c.volume()), number(c.delta(), 3), number(100 * c.iv(), 2),
                    number(c.bid(), 2), number(c.ask(), 2), (i == atm ? ">" : "") + number(row.strike(), 2),
                    number(p.bid(), 2), number(p.ask(), 2), number(100 * p.iv(), 2), number(p.delta(), 3),
                    count(p.volume()), count(p.openInterest()));
        }
        return out.append(table.render("  ")).toString();
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
