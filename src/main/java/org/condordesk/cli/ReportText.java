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

    /** The report's title and its "as of" line. */
    private static StringBuilder header(String scenarioName, Analysis analysis) {
        String nl = System.lineSeparator();
        return new StringBuilder().append("CondorDesk report: ").append(scenarioName).append(nl)
                .append("As of ").append(analysis.analysisTime().toString().replace('T', ' '))
                .append(" New York; core expiry ").append(analysis.coreExpiry().map(Object::toString).orElse("none"))
                .append("; SPX vol response: ").append(analysis.volResponse().key()).append(nl).append(nl);
    }

    static String of(String scenarioName, Analysis analysis) {
        StringBuilder out = header(scenarioName, analysis);
        String nl = System.lineSeparator();
        Greeks total = analysis.position();
        if (analysis.settled()) {
            out.append("The book has settled: every leg settled before ")
                    .append(analysis.analysisTime().toString().replace('T', ' '))
                    .append(". Final P&L: ").append(number(total.pnl(), 2)).append(" $").append(nl).append(nl);
            out.append(greeksTable(analysis)).append(nl);
            out.append("Legs").append(nl).append(legsTable(analysis));
            return out.toString();
        }
        out.append("P&L: ").append(number(total.pnl(), 2)).append(" $ = realised ").append(number(analysis.realizedPnl(), 2))
                .append(" $ (closed lots) + unrealised ").append(number(analysis.unrealizedPnl(), 2)).append(" $ (open lots)")
                .append(nl);
        out.append("Net VIX vega: ").append(number(analysis.netVixVega(), 0)).append(" $ per VIX point (")
                .append(number(analysis.netVixVegaOtherResponse(), 0)).append(" under the ")
                .append(analysis.otherVolResponse().key()).append(" response)");
        analysis.selectedHedge().ifPresent(solve -> out.append(hedgeNote(solve, analysis)));
        out.append(nl).append(nl);
        out.append(greeksTable(analysis)).append(nl);
        out.append("Position SPX delta ").append(number(total.spxDelta(), 0)).append(" $/pt (")
                .append(number(total.spxEquivalentContracts(), 2)).append(" SPX-equivalent contracts); with the spot-vol map ")
                .append(number(analysis.spxDeltaWithSpotVol(), 0)).append(" $/pt").append(nl);
        out.append("Notional of VIX futures ").append(number(total.notional(), 0))
                .append(" $ (face value, not part of the value above)").append(nl).append(nl);
        out.append("Legs").append(nl).append(legsTable(analysis)).append(nl);
        out.append("Vega by expiry").append(nl).append(bucketTable(analysis)).append(nl);
        for (PnlCurve curve : analysis.curves()) {
            out.append(String.format("%-7s %s  break-evens: %s  max profit %s  max loss %s%n", curve.label(),
                    curve.at().toString().replace('T', ' '), breakEvens(curve), extreme(curve.high()),
                    extreme(curve.low())));
        }
        out.append("Theta is the change of value over the next day, or over the time left when a leg settles sooner.")
                .append(nl);
        return out.toString();
    }

    private static String hedgeNote(HedgeSolve solve, Analysis analysis) {
        String other = String.format("; %s under the %s response", number(solve.multiplierOtherResponse(), 3),
                analysis.otherVolResponse().key());
        return solve.feasible()
                ? String.format(". Vega-neutral with '%s' at size %s%s%s", solve.layerName(), number(solve.multiplier(), 3),
                        other, wholeContracts(solve))
                : String.format(". '%s' cannot neutralise it: %s%s", solve.layerName(), solve.message(), other);
    }

    /** {@code ; whole contracts: ×2 (4) → −312 $/pt, ×2.5 (5) → +555 $/pt, ×2 (4) + 3 VXM → +2 $/pt}. */
    private static String wholeContracts(HedgeSolve solve) {
        if (solve.wholeContracts().isEmpty()) {
            return "";
        }
        return "; whole contracts: " + solve.wholeContracts().stream().map(size -> "×" + number(size.size(), 3) + " ("
                + size.legContracts().stream().map(String::valueOf).collect(Collectors.joining("/")) + ")"
                + (size.mixesMinis() ? " + " + size.minis() + " VXM" : "") + " → " + number(size.netVixVega(), 0) + " $/pt")
                .collect(Collectors.joining(", "));
    }

    /** {@code 17,259 at 7,350}, or {@code -62,500 on the ±range (at 6,840; worse beyond it)}. */
    private static String extreme(PnlCurve.Extreme extreme) {
        String at = number(extreme.spx(), 0);
        return number(extreme.pnl(), 0) + (extreme.beyondRange()
                ? " on the ±range (at " + at + "; worse beyond it)" : " at " + at);
    }

    private static String greeksTable(Analysis analysis) {
        TextTable table = new TextTable("layer", "role", "on", "size", "value $", "P&L $", "realised $", "notional $",
                "SPX delta $/pt", "gamma $/pt2", "theta $/day", "SPX vega $/vol", "VIX-opt vega $/vol", "VIX vega $/VIX pt");
        for (LayerRisk layer : analysis.layers()) {
            Greeks g = layer.greeks();
            table.row(layer.layer().name(), layer.layer().role(), layer.layer().enabled() ? "yes" : "no",
                    layer.layer().sizeMultiplier(), g.value(), g.pnl(), layer.realizedPnl(), g.notional(), g.spxDelta(),
                    g.spxGamma(), g.thetaPerDay(), g.spxVega(), g.vixOptionVega(), g.vixVega());
        }
        Greeks g = analysis.position();
        table.row("Position", "", "", "", g.value(), g.pnl(), analysis.realizedPnl(), g.notional(), g.spxDelta(),
                g.spxGamma(), g.thetaPerDay(), g.spxVega(), g.vixOptionVega(), g.vixVega());
        return table.render("  ");
    }

    private static String legsTable(Analysis analysis) {
        TextTable table = new TextTable("leg", "qty", "entry", "price", "IV %", "underlying", "days", "delta $/pt",
                "theta $/day", "vega $/vol", "VIX vega $/VIX pt");
        for (LayerRisk layer : analysis.layers()) {
            for (LegRisk leg : layer.legs()) {
                Greeks g = leg.greeks();
                double vega = g.spxVega() + g.vixOptionVega();
                String vol = leg.leg().instrument().isOption() && !leg.settledBefore()
                        ? number(leg.impliedVolUsed() * 100, 2) : "";
                table.row(leg.leg().instrument().label(), leg.leg().quantity(), leg.leg().entryPrice(),
                        leg.pricePerUnit(), vol, leg.underlying() + " " + number(leg.underlyingPrice(), 2),
                        leg.settledBefore() ? "settled" : number(leg.daysToExpiry(), 2), g.spxDelta() + leg.vixDelta(),
                        g.thetaPerDay(), vega, g.vixVega());
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
