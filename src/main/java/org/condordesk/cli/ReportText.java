package org.condordesk.cli;

import static org.condordesk.cli.TextTable.number;

import java.util.stream.Collectors;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.ExpiryBucket;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.LayerRisk;
import org.condordesk.risk.LegRisk;
import org.condordesk.risk.PnlCurve;

/** The human-readable {@code report}: aligned tables with units in the headers. */
final class ReportText {

    private ReportText() {
    }

    static String of(String scenarioName, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("CondorDesk report: ").append(scenarioName).append(nl);
        out.append("As of ").append(analysis.analysisTime().toString().replace('T', ' '))
                .append(" New York; core expiry ").append(analysis.coreExpiry().map(Object::toString).orElse("none"))
                .append(nl).append(nl);
        Greeks total = analysis.position();
        out.append("Net VIX vega: ").append(number(analysis.netVixVega(), 0)).append(" $ per VIX point");
        analysis.selectedHedge().ifPresent(solve -> out.append(hedgeNote(solve)));
        out.append(nl).append(nl);
        out.append(greeksTable(analysis)).append(nl);
        out.append("Position SPX delta ").append(number(total.spxDelta(), 0)).append(" $/pt (")
                .append(number(total.spxEquivalentContracts(), 2)).append(" SPX-equivalent contracts); with the spot-vol map ")
                .append(number(analysis.spxDeltaWithSpotVol(), 0)).append(" $/pt").append(nl).append(nl);
        out.append("Legs").append(nl).append(legsTable(analysis)).append(nl);
        out.append("Vega by expiry").append(nl).append(bucketTable(analysis)).append(nl);
        for (PnlCurve curve : analysis.curves()) {
            out.append(String.format("%-7s %s  break-evens: %s  max profit %s  max loss %s%n", curve.label(),
                    curve.at().toString().replace('T', ' '), breakEvens(curve), number(curve.maxProfit(), 0),
                    number(curve.maxLoss(), 0)));
        }
        return out.toString();
    }

    private static String hedgeNote(HedgeSolve solve) {
        return solve.feasible()
                ? String.format(" (vega-neutral with '%s' at size %s)", solve.layerName(), number(solve.multiplier(), 3))
                : String.format(" ('%s' cannot neutralise it: %s)", solve.layerName(), solve.message());
    }

    private static String greeksTable(Analysis analysis) {
        TextTable table = new TextTable("layer", "role", "on", "size", "value $", "P&L $", "SPX delta $/pt",
                "gamma $/pt2", "theta $/day", "SPX vega $/vol", "VIX-opt vega $/vol", "VIX vega $/VIX pt");
        for (LayerRisk layer : analysis.layers()) {
            Greeks g = layer.greeks();
            table.row(layer.layer().name(), layer.layer().role(), layer.layer().enabled() ? "yes" : "no",
                    layer.layer().sizeMultiplier(), g.value(), g.pnl(), g.spxDelta(), g.spxGamma(), g.thetaPerDay(),
                    g.spxVega(), g.vixOptionVega(), g.vixVega());
        }
        Greeks g = analysis.position();
        table.row("Position", "", "", "", g.value(), g.pnl(), g.spxDelta(), g.spxGamma(), g.thetaPerDay(),
                g.spxVega(), g.vixOptionVega(), g.vixVega());
        return table.render("  ");
    }

    private static String legsTable(Analysis analysis) {
        TextTable table = new TextTable("leg", "qty", "entry", "price", "IV %", "underlying", "days", "delta $/pt",
                "theta $/day", "vega $/vol", "VIX vega $/VIX pt");
        for (LayerRisk layer : analysis.layers()) {
            for (LegRisk leg : layer.legs()) {
                Greeks g = leg.greeks();
                double vega = g.spxVega() + g.vixOptionVega();
                String vol = leg.leg().instrument().isOption() ? number(leg.impliedVolUsed() * 100, 2) : "";
                table.row(leg.leg().instrument().label(), leg.leg().quantity(), leg.leg().entryPrice(),
                        leg.pricePerUnit(), vol, leg.underlying() + " " + number(leg.underlyingPrice(), 2),
                        leg.daysToExpiry(), g.spxDelta() + g.vixDelta(), g.thetaPerDay(), vega, g.vixVega());
            }
        }
        return table.render("  ");
    }

    private static String bucketTable(Analysis analysis) {
        TextTable table = new TextTable("expiry", "days", "SPX vega $/vol", "VIX-opt vega $/vol", "VIX vega $/VIX pt");
        for (ExpiryBucket bucket : analysis.vegaByExpiry()) {
            table.row(bucket.expiry(), bucket.daysToExpiry(), bucket.spxVega(), bucket.vixOptionVega(), bucket.vixVega());
        }
        return table.render("  ");
    }

    private static String breakEvens(PnlCurve curve) {
        return curve.breakEvens().isEmpty() ? "none in range"
                : curve.breakEvens().stream().map(b -> number(b, 2)).collect(Collectors.joining(", "));
    }
}
