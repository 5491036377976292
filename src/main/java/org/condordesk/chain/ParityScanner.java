package org.condordesk.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;

/**
 * Scans a chain for put–call parity packages that are profitable at executable prices (buy at the ask, sell at
 * the bid), net of costs (docs/model.md §13). With F the expiry's implied forward and DF_f = e^{−r_f·T} the
 * discount factor of the financing rate r_f (a given rate, or the expiry's own implied rate):
 *
 * <pre>
 * conversion at K:  C_bid − P_ask − DF_f·(F − K) − costs
 * reversal at K:    P_bid − C_ask + DF_f·(F − K) − costs
 * box K₁ &lt; K₂, buy:  DF_f·(K₂ − K₁) − (C₁_ask − C₂_bid + P₂_ask − P₁_bid) − costs
 * box K₁ &lt; K₂, sell: (C₁_bid − C₂_ask + P₂_bid − P₁_ask) − DF_f·(K₂ − K₁) − costs
 * </pre>
 *
 * Only SPX and VIX options are European, so no early exercise is ignored. A conversion or reversal needs the
 * forward leg at F, which is the chain's own fitted forward, not a price on a screen: those two show strikes
 * whose parity is out of line with the rest of the chain. A box is options only, and executable as quoted.
 */
public final class ParityScanner {

    /** At most this many packages are kept (a financing rate far from the chain's makes every box pay). */
    public static final int MAX_RESULTS = 10_000;
    /** An SPX or VIX option contract is 100 units. */
    static final double MULTIPLIER = 100;

    private ParityScanner() {
    }

    /**
     * The result: the {@value #MAX_RESULTS} largest opportunities sorted by edge (largest first), how many there
     * were in all, and each expiry's box-implied financing rate.
     */
    public record Scan(List<ParityOpportunity> opportunities, int found, List<BoxRate> boxRates) {

        public Scan {
            opportunities = List.copyOf(opportunities);
            boxRates = List.copyOf(boxRates);
        }
    }

    /**
     * The median continuous rate of the boxes of one expiry priced at mids (strikes within 10 % of the forward,
     * at least 1 % of it apart), against which the financing rate can be judged; NaN when there are none.
     */
    public record BoxRate(String expiry, double years, double medianRate, int boxes) {
    }

    /** Packages with edge above {@code minEdgePoints} (points per unit, net of costs). */
    public static Scan scan(ChainAnalysis analysis, OptionalDouble financingRate, ParityCosts costs,
                            double minEdgePoints) {
        Check.finite("minEdgePoints", minEdgePoints);
        List<ParityOpportunity> found = new ArrayList<>();
        List<BoxRate> rates = new ArrayList<>();
        for (ExpiryAnalysis expiry : analysis.expiries()) {
            double years = expiry.years();
            double discount = financingRate.isPresent() ? Math.exp(-financingRate.getAsDouble() * years)
                    : expiry.forward().discountFactor();
            int[] strikes = twoSided(expiry.quotes());
            conversions(expiry, strikes, discount, costs, minEdgePoints, found);
            boxes(expiry, strikes, discount, costs, minEdgePoints, found);
            rates.add(boxRate(expiry, strikes));
        }
        found.sort(Comparator.comparingDouble(ParityOpportunity::edgePoints).reversed());
        return new Scan(found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found, found.size(), rates);
    }

    private static int[] twoSided(ExpiryQuotes quotes) {
        return IntStream.range(0, quotes.size()).filter(quotes::twoSided).toArray();
    }

    private static void conversions(ExpiryAnalysis expiry, int[] strikes, double discount, ParityCosts costs,
                                    double minEdge, List<ParityOpportunity> found) {
        ExpiryQuotes q = expiry.quotes();
        double forward = expiry.forward().forward();
        double cost = 2 * costs.commissionPoints(MULTIPLIER) + costs.forwardCostPoints();
        for (int i : strikes) {
            double k = q.strike(i);
            double carry = discount * (forward - k);
            double conversion = q.bid(OptionRight.CALL, i) - q.ask(OptionRight.PUT, i) - carry - cost;
            double reversal = q.bid(OptionRight.PUT, i) - q.ask(OptionRight.CALL, i) + carry - cost;
            if (conversion > minEdge) {
                found.add(oneStrike(expiry, ParityOpportunity.Kind.CONVERSION, k, conversion, q.bid(OptionRight.CALL, i),
                        q.ask(OptionRight.PUT, i)));
            }
            if (reversal > minEdge) {
                found.add(oneStrike(expiry, ParityOpportunity.Kind.REVERSAL, k, reversal, q.ask(OptionRight.CALL, i),
                        q.bid(OptionRight.PUT, i)));
            }
        }
    }

    /** A conversion (bought) or reversal (sold) at strike k, the call and put at the prices it trades them. */
    private static ParityOpportunity oneStrike(ExpiryAnalysis expiry, ParityOpportunity.Kind kind, double k, double edge,
                                               double call, double put) {
        ParityOpportunity.Direction direction = kind == ParityOpportunity.Kind.CONVERSION
                ? ParityOpportunity.Direction.BUY : ParityOpportunity.Direction.SELL;
        double forward = expiry.forward().forward();
        return new ParityOpportunity(expiry.root(), expiry.expiry(), kind, direction, k, Double.NaN, edge,
                rate(k - forward, put - call, expiry.years()), call, put, forward, Double.NaN);
    }

    /**
     * The continuous rate at which {@code premiumToday} (P − C paid for a conversion, with the forward taken at no
     * cost) grows into {@code payoffAtExpiry} (K − F): {@code −ln(premium/payoff)/T}; both change sign together.
     */
    private static double rate(double payoffAtExpiry, double premiumToday, double years) {
        double ratio = premiumToday / payoffAtExpiry;
        return ratio > 0 ? -Math.log(ratio) / years : Double.NaN;
    }

    private static void boxes(ExpiryAnalysis expiry, int[] strikes, double discount, ParityCosts costs,
                              double minEdge, List<ParityOpportunity> found) {
        ExpiryQuotes q = expiry.quotes();
        double cost = 4 * costs.commissionPoints(MULTIPLIER);
        double years = expiry.years();
        for (int a = 0; a < strikes.length; a++) {
            int i = strikes[a];
            for (int b = a + 1; b < strikes.length; b++) {
                int j = strikes[b];
                double width = q.strike(j) - q.strike(i);
                double buyPrice = q.ask(OptionRight.CALL, i) - q.bid(OptionRight.CALL, j) + q.ask(OptionRight.PUT, j)
                        - q.bid(OptionRight.PUT, i);
                double sellPrice = q.bid(OptionRight.CALL, i) - q.ask(OptionRight.CALL, j) + q.bid(OptionRight.PUT, j)
                        - q.ask(OptionRight.PUT, i);
                double buy = discount * width - buyPrice - cost;
                double sell = sellPrice - discount * width - cost;
                if (buy > minEdge) {
                    found.add(box(expiry, i, j, ParityOpportunity.Direction.BUY, buy, buyPrice, width, years));
                }
                if (sell > minEdge) {
                    found.add(box(expiry, i, j, ParityOpportunity.Direction.SELL, sell, sellPrice, width, years));
                }
            }
        }
    }

    private static ParityOpportunity box(ExpiryAnalysis expiry, int i, int j, ParityOpportunity.Direction direction,
                                         double edge, double price, double width, double years) {
        ExpiryQuotes q = expiry.quotes();
        return new ParityOpportunity(expiry.root(), expiry.expiry(), ParityOpportunity.Kind.BOX, direction, q.strike(i),
                q.strike(j), edge, price > 0 ? -Math.log(price / width) / years : Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, price);
    }

    private static BoxRate boxRate(ExpiryAnalysis expiry, int[] strikes) {
        ExpiryQuotes q = expiry.quotes();
        double forward = expiry.forward().forward();
        List<Double> rates = new ArrayList<>();
        for (int a = 0; a < strikes.length; a++) {
            for (int b = a + 1; b < strikes.length; b++) {
                double k1 = q.strike(strikes[a]);
                double k2 = q.strike(strikes[b]);
                if (Math.abs(k1 / forward - 1) > 0.1 || Math.abs(k2 / forward - 1) > 0.1 || k2 - k1 < 0.01 * forward) {
                    continue;
                }
                double mid = q.mid(OptionRight.CALL, strikes[a]) - q.mid(OptionRight.CALL, strikes[b])
                        + q.mid(OptionRight.PUT, strikes[b]) - q.mid(OptionRight.PUT, strikes[a]);
                if (mid > 0) {
                    rates.add(-Math.log(mid / (k2 - k1)) / expiry.years());
                }
            }
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
        return new BoxRate(q.label(), expiry.years(), median, sorted.length);
    }

}
