package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.util.List;

import org.condordesk.model.LayerRole;
import org.condordesk.risk.LiquidityCost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code liquidity} section of {@code report}: the quick ratio per layer (docs/model.md §9). */
final class LiquidityReport {

    private LiquidityReport() {
    }

    static ObjectNode json(List<LiquidityCost.LayerCost> layers, double maxShare) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        number(root, "maxShareOfEdge", maxShare);
        ArrayNode array = root.putArray("layers");
        for (LiquidityCost.LayerCost layer : layers) {
            ObjectNode node = array.addObject();
            node.put("layer", layer.layer());
            node.put("name", layer.name());
            node.put("role", layer.role().name());
            number(node, "openCost", layer.openCost());
            number(node, "closeCost", layer.closeCost());
            number(node, "roundTripCost", layer.roundTrip());
            number(node, "edge", layer.edge());
            node.put("edgeMeaning", layer.edgeMeaning());
            number(node, "shareOfEdge", layer.shareOfEdge());
            if (layer.role() == LayerRole.HEDGE) {
                number(node, "vixVegaPerSpreadDollar", layer.edge() / layer.roundTrip());
            }
            node.put("flagged", layer.flagged());
            node.put("legsWithoutQuote", layer.legsWithoutQuote());
            ArrayNode legs = node.putArray("legs");
            for (LiquidityCost.LegCost leg : layer.legs()) {
                ObjectNode legNode = legs.addObject();
                legNode.put("label", leg.label());
                number(legNode, "halfSpread", leg.halfSpreadPoints());
                number(legNode, "openCost", leg.openCost());
                number(legNode, "closeCost", leg.closeCost());
            }
        }
        return root;
    }

    static String text(List<LiquidityCost.LayerCost> layers, double maxShare) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Liquidity (quick ratio: round-trip half-spreads against the edge; flagged above ")
                .append(number(100 * maxShare, 0)).append(" %)").append(nl);
        TextTable table = new TextTable("layer", "role", "open $", "close $", "round trip $", "edge", "edge is",
                "cost / edge %", "flag");
        for (LiquidityCost.LayerCost layer : layers) {
            table.row(layer.name(), layer.role(), layer.openCost(), layer.closeCost(), layer.roundTrip(), layer.edge(),
                    layer.edgeMeaning() + (layer.legsWithoutQuote() > 0 ? " (" + layer.legsWithoutQuote() + " leg(s) without bid/ask)" : ""),
                    number(100 * layer.shareOfEdge(), 1), layer.flagged() ? "COSTLY" : "");
        }
        out.append(table.render("  "));
        return out.toString();
    }
}
