package org.condordesk.ui.vm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.condordesk.model.Check;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.WholeContractSize;
import org.condordesk.risk.WholeContracts;
import org.condordesk.trade.Adjusting;
import org.condordesk.trade.Closing;
import org.condordesk.trade.Lifecycle;
import org.condordesk.trade.PlanPricing;
import org.condordesk.trade.Resizing;
import org.condordesk.trade.Rolling;
import org.condordesk.trade.TradeLog;
import org.condordesk.trade.TradePrice;
import org.condordesk.trade.TradeResult;
import org.condordesk.ui.edit.LayerTemplates;
import org.condordesk.ui.format.Fmt;

/**
 * The trade lifecycle as commands of the workstation (docs/user-guide.md, "Plan and live position"): each is one
 * undoable edit through {@link ScenarioViewModel#edit} and says what it did (cash, realised P&L, notes) in the
 * status line. Call it on the FX thread; the trade functions are fast and pure.
 */
public final class PositionCommands {

    private final ScenarioViewModel vm;

    public PositionCommands(ScenarioViewModel vm) {
        this.vm = vm;
    }

    /** The plan becomes a live position traded at the valuation time. */
    public Optional<String> markLive() {
        Optional<String> error = vm.edit("mark live", s -> Lifecycle.markLive(s, s.valuationTime()));
        error.ifPresentOrElse(e -> { }, () -> vm.inform("Marked live: every leg is one opening fill at its entry; "
                + "entries are never re-priced from now on"));
        return error;
    }

    /** Every plan entry at the loaded chain's mid, else its quote's mid, else the model price. */
    public Optional<String> resetEntries() {
        String[] message = new String[1];
        Optional<String> error = vm.edit("reset entries", s -> {
            PlanPricing.Repriced repriced = PlanPricing.resetEntries(s, vm.chainQuotes());
            message[0] = repriced.message();
            return repriced.scenario();
        });
        error.ifPresentOrElse(e -> { }, () -> vm.inform(message[0]));
        return error;
    }

    public Optional<String> close(int layer, OptionalInt leg, TradePrice price, LocalDateTime time) {
        return trade("close", s -> Closing.close(s, layer, leg, price, time, vm.chainQuotes()));
    }

    /** Closes {@code contracts} of one leg, the oldest lots first. */
    public Optional<String> closePart(int layer, int leg, int contracts, TradePrice price, LocalDateTime time) {
        return trade("close", s -> Closing.closePart(s, layer, leg, contracts, price, time, vm.chainQuotes()));
    }

    public Optional<String> roll(int layer, LocalDate toExpiry, RollMode mode, TradePrice price, LocalDateTime time) {
        return trade("roll", s -> Rolling.roll(s, layer, toExpiry, mode, price, time, vm.chainQuotes()));
    }

    public Optional<String> moveWing(int layer, OptionRight side, double newShortStrike, TradePrice price,
                                     LocalDateTime time) {
        return trade("move wing", s -> Adjusting.moveWing(s, layer, side, newShortStrike, price, time,
                vm.chainQuotes()));
    }

    /** A live layer at {@code factor} times its open contracts (a whole size), traded at mid. */
    public Optional<String> resize(int layer, double factor) {
        return trade("resize", s -> Resizing.resize(s, layer, factor, TradePrice.mid(), s.valuationTime()));
    }

    /**
     * Live layers to whole sizes (layer index → factor of its open contracts) as one undoable trade at mid: the
     * Stress tab's hedge sizes applied to a live book (docs/capital.md §5).
     */
    public Optional<String> resizeAll(java.util.Map<Integer, Double> factors) {
        return trade("hedge sizes", s -> {
            TradeResult total = new TradeResult(s, 0, 0, List.of(), List.of());
            for (java.util.Map.Entry<Integer, Double> factor : factors.entrySet()) {
                TradeResult step = Resizing.resize(total.scenario(), factor.getKey(), factor.getValue(), TradePrice.mid(),
                        s.valuationTime());
                List<org.condordesk.trade.TradeFill> fills = new java.util.ArrayList<>(total.fills());
                fills.addAll(step.fills());
                List<String> notes = new java.util.ArrayList<>(total.notes());
                notes.addAll(step.notes());
                total = new TradeResult(step.scenario(), total.cash() + step.cash(),
                        total.realizedPnl() + step.realizedPnl(), fills, notes);
            }
            return total;
        });
    }

    /**
     * A whole-contract size of the hedge solve: a plan layer becomes those contracts (its VXM minis a leg at the
     * curve's price); a live layer trades to them at mid.
     */
    public Optional<String> applyWholeSize(int layer, WholeContractSize size) {
        if (vm.scenario().isLive()) {
            return trade("hedge size", s -> Resizing.resize(s, layer, size, TradePrice.mid(), s.valuationTime()));
        }
        Optional<String> error = vm.edit("hedge size", s -> s.mapLayer(layer, l -> WholeContracts.apply(l.withEnabled(true), size,
                miniPrice(s, size))));
        error.ifPresentOrElse(e -> { }, () -> vm.inform("'" + vm.scenario().layers().get(layer).name() + "' set to "
                + describe(size) + ": net VIX vega " + Fmt.usd0(size.netVixVega()) + " per VIX point"));
        return error;
    }

    /** Opens plan legs in a live layer (an added leg or layer of a live position) at mid, or model without a quote. */
    public Optional<String> openLegs(int layer, List<Leg> legs) {
        return trade("open", s -> Lifecycle.openLegs(s, layer, legs, TradePrice.mid(), s.valuationTime()));
    }

    /** A live position's new layer: added empty, then its legs opened as one step. */
    public Optional<String> openLayer(Layer layer) {
        return trade("open layer", s -> Lifecycle.openLayer(s, layer, TradePrice.mid(), s.valuationTime()));
    }

    /** A template's layer in a live position: its new ETF price (if any) enters the market, then its legs are opened. */
    public Optional<String> openLayer(LayerTemplates.Built built) {
        return trade("open layer", s -> {
            Scenario priced = built.newQuote().map(quote -> {
                List<org.condordesk.model.EtfQuote> quotes = new java.util.ArrayList<>(s.market().etfQuotes());
                quotes.add(quote);
                return s.withMarket(s.market().withEtfQuotes(quotes));
            }).orElse(s);
            return Lifecycle.openLayer(priced, built.layer(), TradePrice.mid(), s.valuationTime());
        });
    }

    public Optional<String> editFill(int layer, int leg, int fill, Fill replacement) {
        return vm.edit("edit fill", s -> TradeLog.editFill(s, layer, leg, fill, replacement));
    }

    public Optional<String> deleteFill(int layer, int leg, int fill) {
        return vm.edit("delete fill", s -> TradeLog.deleteFill(s, layer, leg, fill));
    }

    private Optional<String> trade(String what, java.util.function.Function<Scenario, TradeResult> trade) {
        TradeResult[] done = new TradeResult[1];
        UnaryOperator<Scenario> change = s -> {
            done[0] = trade.apply(s);
            return done[0].scenario();
        };
        Optional<String> error = vm.edit(what, change);
        if (error.isEmpty()) {
            vm.inform(summary(what, done[0]));
        }
        return error;
    }

    /** "Roll: 8 fills, cash +$1,452.36, realised −$4,265.17 (8 legs at model: no bid/ask)". */
    static String summary(String what, TradeResult result) {
        String text = Character.toUpperCase(what.charAt(0)) + what.substring(1) + ": " + result.fills().size()
                + (result.fills().size() == 1 ? " fill" : " fills") + ", cash " + Fmt.signedUsd(result.cash()) + ", realised "
                + Fmt.signedUsd(result.realizedPnl());
        return result.notes().isEmpty() ? text : text + " (" + String.join("; ", result.notes()) + ")";
    }

    /** {@code ×2 (4)} or {@code ×1.5 (3) + 1 VXM}. */
    public static String describe(WholeContractSize size) {
        return "×" + Check.format(Math.round(size.size() * 1e6) / 1e6) + " (" + size.legContracts().stream()
                .map(n -> Fmt.signed(n, 0)).reduce((a, b) -> a + "/" + b).orElse("") + ")"
                + (size.mixesMinis() ? " + " + size.minis() + " VXM" : "");
    }

    /** A plan's VXM minis enter at the curve's price at their expiry: the model price, so they show no P&L. */
    private static double miniPrice(Scenario scenario, WholeContractSize size) {
        if (!size.mixesMinis()) {
            return 0;
        }
        org.condordesk.market.MarketState market = org.condordesk.market.MarketState.of(scenario);
        LocalDate expiry = size.miniExpiry().orElseThrow(() -> new ValidationException("vxm", "no expiry"));
        return market.futures().priceAt(market.daysTo(org.condordesk.model.Instrument.vixSettlement(expiry)));
    }
}
