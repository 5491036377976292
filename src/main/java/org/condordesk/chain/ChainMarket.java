package org.condordesk.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import org.condordesk.market.MarketState;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.Tenor;
import org.condordesk.market.VxSettlement;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixOption;

/**
 * "Set market from chain" (docs/model.md §14): a scenario's market and legs brought to an analysed chain in one
 * step. From an SPX chain: the valuation time becomes the quote time; the rate is the least-squares fit of
 * {@code −ln DF = r·T} and the dividend yield that of {@code ln(F/S) = (r − q)·T} over the expiries 7 to 365
 * days out; spot is the file's last price (or, without one, the expiry nearest 30 days' forward discounted at
 * r − q with the scenario's q); spot VIX is the VIX recomputed from the chain when it can be. Every SPX option leg
 * whose root, expiry and strike the chain lists takes that quote's bid/ask and mid implied vol; one whose strike
 * is not listed takes the fitted smile's vol. From a VIX chain: VIX option legs take their quotes and the implied
 * vol of the mid on the scenario's futures curve at their expiry.
 */
public final class ChainMarket {

    static final double MIN_FIT_DAYS = 7;
    static final double MAX_FIT_DAYS = 365;

    private ChainMarket() {
    }

    /** The scenario after the change, and what changed, for the status line. */
    public record Applied(Scenario scenario, int legsUpdated, List<String> notes) {

        public Applied {
            notes = List.copyOf(notes);
        }
    }

    public static Applied apply(Scenario scenario, ChainAnalysis analysis, Optional<VixFromChain.Result> vix) {
        List<String> notes = new ArrayList<>();
        Scenario updated = scenario;
        if (analysis.chain().underlying().equals("SPX")) {
            updated = spxMarket(scenario, analysis, vix, notes);
        }
        MarketState market = MarketState.of(updated);
        int[] count = {0};
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : updated.layers()) {
            List<Leg> legs = new ArrayList<>();
            for (Leg leg : layer.legs()) {
                Optional<Leg> matched = Optional.empty();
                try {
                    matched = match(leg, analysis, market);
                } catch (ValidationException e) {
                    notes.add(leg.instrument().label() + " kept its vol: " + e.getMessage());
                }
                matched.ifPresent(l -> count[0]++);
                legs.add(matched.orElse(leg));
            }
            layers.add(layer.withLegs(legs));
        }
        notes.add(count[0] + " option leg" + (count[0] == 1 ? "" : "s") + " took the chain's vols");
        return new Applied(updated.withLayers(layers), count[0], notes);
    }

    /** The scenario's VIX futures curve replaced by {@code futures} that settle after its valuation time. */
    public static Scenario withFutures(Scenario scenario, List<VxSettlement> futures) {
        List<FuturesQuote> curve = futures.stream()
                .filter(f -> Instrument.vixSettlement(f.expiry()).isAfter(scenario.valuationInstant()))
                .map(f -> new FuturesQuote(f.expiry(), f.price()))
                .limit(MarketSnapshot.MAX_CURVE_POINTS).toList();
        if (curve.isEmpty()) {
            throw new ValidationException("futures", "none settles after the valuation time "
                    + scenario.valuationTime());
        }
        return scenario.withMarket(scenario.market().withVixFutures(curve));
    }

    private static Scenario spxMarket(Scenario scenario, ChainAnalysis analysis, Optional<VixFromChain.Result> vix,
                                      List<String> notes) {
        List<ExpiryAnalysis> fit = analysis.expiries().stream()
                .filter(e -> e.quotes().days() >= MIN_FIT_DAYS && e.quotes().days() <= MAX_FIT_DAYS).toList();
        if (fit.isEmpty()) {
            throw new ValidationException("chain", "no expiry 7 to 365 days out to imply a rate and dividend yield from");
        }
        double rate = throughOrigin(fit, e -> -Math.log(e.forward().discountFactor()));
        OptionalDouble header = analysis.underlyingPrice();
        double spot;
        double yield;
        if (header.isPresent()) {
            spot = header.getAsDouble();
            yield = rate - throughOrigin(fit, e -> Math.log(e.forward().forward() / spot));
        } else {
            yield = scenario.market().dividendYield();
            ExpiryAnalysis nearest = fit.get(0);
            for (ExpiryAnalysis e : fit) {
                if (Math.abs(e.quotes().days() - 30) < Math.abs(nearest.quotes().days() - 30)) {
                    nearest = e;
                }
            }
            spot = nearest.forward().forward() * Math.exp(-(rate - yield) * nearest.years());
            notes.add("the file has no underlying price: spot from the " + nearest.quotes().label() + " forward");
        }
        MarketSnapshot market = scenario.market().withSpxSpot(round(spot, 2)).withRiskFreeRate(round(rate, 5))
                .withDividendYield(round(yield, 5));
        if (vix.isPresent()) {
            market = market.withVixSpot(round(vix.get().vix(), 2));
        } else {
            notes.add("spot VIX kept: the chain cannot give the 30-day VIX");
        }
        notes.add(String.format("spot %.2f, rate %.3f %%, dividend yield %.3f %%", spot, 100 * rate, 100 * yield));
        return scenario.withValuationTime(analysis.chain().quoteTime().toLocalDateTime()).withMarket(market);
    }

    /** Least squares through the origin of y = c·T over the expiries: c = Σ T·y / Σ T². */
    private static double throughOrigin(List<ExpiryAnalysis> expiries,
                                        ToDoubleFunction<ExpiryAnalysis> y) {
        double sxy = 0;
        double sxx = 0;
        for (ExpiryAnalysis e : expiries) {
            sxy += e.years() * y.applyAsDouble(e);
            sxx += e.years() * e.years();
        }
        return sxy / sxx;
    }

    private static Optional<Leg> match(Leg leg, ChainAnalysis analysis, MarketState market) {
        if (leg.instrument() instanceof SpxOption option) {
            OptionRoot root = option.settlement() == Settlement.AM ? OptionRoot.SPX : OptionRoot.SPXW;
            return analysis.find(root, option.expiry())
                    .map(e -> refreshed(leg, e, e.forward().forward(), option.strike()));
        }
        if (leg.instrument() instanceof VixOption option) {
            Optional<ExpiryAnalysis> expiry = analysis.find(OptionRoot.VIX, option.expiry())
                    .or(() -> analysis.find(OptionRoot.VIXW, option.expiry()));
            double days = Tenor.days(market.valuationTime(), Instrument.vixSettlement(option.expiry()));
            double future = market.futures().priceAt(days);
            return expiry.map(e -> refreshed(leg, e, future, option.strike()));
        }
        return Optional.empty();
    }

    /** The leg with the chain's quote and vol; quantity and entry price are the trader's and stay. */
    private static Leg refreshed(Leg leg, ExpiryAnalysis expiry, double forward, double strike) {
        Leg filled = ChainLeg.fill(leg.instrument(), expiry, forward, strike, leg.quantity(), Fill.MID);
        Leg result = leg.withImpliedVol(filled.vol());
        Optional<Quote> quote = filled.quote();
        return quote.isPresent() ? result.withQuote(quote.get()) : result;
    }

    private static double round(double value, int decimals) {
        return ChainLeg.round(value, decimals);
    }
}
