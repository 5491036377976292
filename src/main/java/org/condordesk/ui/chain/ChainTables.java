package org.condordesk.ui.chain;

import static org.condordesk.ui.format.Fmt.number;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.TableView;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.ParityOpportunity;
import org.condordesk.chain.SviParameters;
import org.condordesk.risk.LiquidityCost;
import org.condordesk.ui.format.Fmt;

/** The chain window's tables: expiries with their forward and smile, parity packages, and layer liquidity. */
final class ChainTables {

    private ChainTables() {
    }

    static TableView<ExpiryAnalysis> expiries() {
        TableView<ExpiryAnalysis> table = Columns.table("chainExpiries", "No chain yet: Open chain…",
                Columns.text("expiry", 132, e -> e.quotes().label()),
                Columns.number("days", 50, e -> number(e.quotes().days(), 1)),
                Columns.number("forward", 78, e -> number(e.forward().forward(), 2)),
                Columns.number("DF", 70, e -> number(e.forward().discountFactor(), 5)),
                Columns.number("rate %", 55, e -> number(100 * e.rate(), 2)),
                Columns.number("ATM vol %", 80, e -> number(100 * e.atmVol(), 2)),
                Columns.number("SVI a", 78, e -> svi(e, SviParameters::a, 6)),
                Columns.number("b", 62, e -> svi(e, SviParameters::b, 4)),
                Columns.number("ρ", 58, e -> svi(e, SviParameters::rho, 3)),
                Columns.number("m", 62, e -> svi(e, SviParameters::m, 4)),
                Columns.number("σ", 62, e -> svi(e, SviParameters::sigma, 4)),
                Columns.number("fit err", 58, e -> e.svi().map(s -> number(100 * s.rmsVolError(), 2)).orElse("no fit")),
                Columns.text("no-arb", 56, e -> e.checks().map(c -> c.arbitrageFree() ? "yes" : "NO").orElse(Fmt.NONE)));
        // fourteen figures need their widths: scroll sideways rather than squeeze them to "…"
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private static String svi(ExpiryAnalysis e, ToDoubleFunction<SviParameters> get, int decimals) {
        return e.svi().map(s -> number(get.applyAsDouble(s.parameters()), decimals)).orElse(Fmt.NONE);
    }

    static TableView<ParityOpportunity> parity() {
        return Columns.table("chainParity", "Nothing pays at executable prices net of costs.",
                Columns.text("expiry", 120, ParityOpportunity::expiryLabel),
                Columns.text("kind", 90, o -> o.kind().key() + (o.kind() == ParityOpportunity.Kind.BOX
                        ? " " + o.direction().name().toLowerCase(Locale.ROOT) : "")),
                Columns.number("strikes", 90, o -> number(o.strike(), 0)
                        + (Double.isNaN(o.upperStrike()) ? "" : "/" + number(o.upperStrike(), 0))),
                Columns.number("edge pts", 70, o -> number(o.edgePoints(), 3)),
                Columns.number("edge $", 70, o -> Fmt.usd(100 * o.edgePoints())),
                Columns.number("rate %", 60, o -> number(100 * o.impliedRate(), 2)),
                Columns.text("legs", 320, ParityOpportunity::legs));
    }

    static TableView<LiquidityCost.LayerCost> liquidity() {
        return Columns.table("chainLiquidity", "No analysis of the scenario yet.",
                Columns.text("layer", 220, LiquidityCost.LayerCost::name),
                Columns.text("role", 55, l -> Fmt.role(l.role())),
                Columns.number("open $", 75, l -> Fmt.usd(l.openCost())),
                Columns.number("close $", 75, l -> Fmt.usd(l.closeCost())),
                Columns.number("round trip $", 90, l -> Fmt.usd(l.roundTrip())),
                Columns.number("edge", 85, l -> Fmt.usd(l.edge())),
                Columns.text("edge is", 170, l -> l.edgeMeaning()
                        + (l.legsWithoutQuote() > 0 ? " (" + l.legsWithoutQuote() + " leg(s) without bid/ask)" : "")),
                Columns.number("cost / edge", 80, l -> Fmt.percent(l.shareOfEdge(), 1)),
                Columns.text("", 70, l -> l.flagged() ? "COSTLY" : ""));
    }
}
