package org.condordesk.chain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.Tenor;
import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black76;

/**
 * Generates an option chain from a known forward, discount rate and vol surface, with a documented bid/ask
 * model: the fair value {@code DF·Black76(F, K, σ(ln K/F, T), T)} ± a half-spread of
 * {@code min(max(minHalfSpread, halfSpreadFraction·fair), maxHalfSpread)}, bid rounded down and ask up to the tick; a bid under one
 * tick is 0 (a zero bid, as far wings are quoted). With tick 0 nothing is rounded and the mid is the fair
 * value. This is the model behind the synthetic samples in samples/chains, the benchmark's full chain and the
 * tests that recover forwards, rates, smiles and the VIX from quotes.
 */
public final class SyntheticChain {

    private SyntheticChain() {
    }

    /** How quotes are spread and rounded around the fair value. */
    public record Quoting(double tick, double halfSpreadFraction, double minHalfSpread, double maxHalfSpread) {

        /** No spread, no rounding: bid = ask = fair value. */
        public static Quoting exact() {
            return new Quoting(0, 0, 0, 0);
        }
    }

    /** One expiry to generate: its root, date, forward and strikes. */
    public record Expiry(OptionRoot root, LocalDate date, double forward, double[] strikes) {
    }

    /** The chain of {@code expiries}, discounted at the continuous {@code rate}, vols from {@code surface}. */
    public static OptionChain generate(String underlying, OptionalDouble spot, ZonedDateTime quoteTime, double rate,
                                       List<Expiry> expiries, VolSurface surface, Quoting quoting) {
        List<OptionQuote> quotes = new ArrayList<>();
        for (Expiry expiry : expiries) {
            double years = Tenor.years(quoteTime, expiry.root().settlementTime(expiry.date()));
            for (double strike : expiry.strikes()) {
                double vol = surface.vol(Math.log(strike / expiry.forward()), years);
                for (OptionRight right : OptionRight.values()) {
                    double fair = Black76.price(right, expiry.forward(), strike, years, rate, vol);
                    quotes.add(quote(expiry, strike, right, fair, quoting));
                }
            }
        }
        return new OptionChain(underlying, spot, quoteTime, quotes);
    }

    private static OptionQuote quote(Expiry expiry, double strike, OptionRight right, double fair, Quoting quoting) {
        double half = Math.min(Math.max(quoting.minHalfSpread(), quoting.halfSpreadFraction() * fair),
                quoting.maxHalfSpread());
        double bid = fair - half;
        double ask = fair + half;
        if (quoting.tick() > 0) {
            double tick = quoting.tick();
            bid = Math.floor(bid / tick + 1e-9) * tick;
            ask = Math.max(Math.ceil(ask / tick - 1e-9) * tick, tick);
            bid = bid < tick ? 0 : round(bid);
            ask = round(ask);
        }
        return OptionQuote.of(expiry.root(), expiry.date(), strike, right, Math.max(bid, 0), ask);
    }

    /** Prices to 1e-6 of a point, so written files carry no binary noise. */
    private static double round(double price) {
        return Math.round(price * 1e6) / 1e6;
    }

    /**
     * SPX-like strikes around {@code center}: every 5 points within 10 %, every 25 within 30 %, every 100 out
     * to 60 % below and 30 % above (listed SPX strikes run deeper below the money than above it).
     */
    public static double[] spxStrikes(double center) {
        List<Double> strikes = new ArrayList<>();
        double low = Math.floor(center * 0.4 / 100) * 100;
        double high = Math.ceil(center * 1.3 / 100) * 100;
        for (double k = low; k <= high; k += 5) {
            double distance = Math.abs(k / center - 1);
            double step = distance <= 0.10 ? 5 : distance <= 0.30 ? 25 : 100;
            if (Math.abs(k % step) < 1e-9) {
                strikes.add(k);
            }
        }
        return strikes.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
