package org.condordesk.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.ImpliedVol;
import org.condordesk.pricing.OptionGreeks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import net.finmath.functions.AnalyticFormulas;

/**
 * Throughput of the pricers over a realistic mix of options (operations per microsecond = millions per second).
 * Inputs are precomputed in arrays of 1024 and cycled, so the JIT can neither constant-fold nor hoist them:
 * SPX at 5000 with strikes from −2.5 to +2.5 standard deviations, 1 to 90 days, 10–45 % vol, calls and puts;
 * VIX futures 14–30 with strikes 10–50, 7–150 days, 50–150 % vol. Run:
 * {@code mvn -B -q -Pbench -DskipTests package && java -jar target/benchmarks.jar PricingBenchmark -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PricingBenchmark {
    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;
    private static final double SPX = 5000;
    private static final double RATE = 0.045;
    private static final double YIELD = 0.013;

    private final OptionRight[] rights = new OptionRight[SIZE];
    private final double[] strikes = new double[SIZE];
    private final double[] years = new double[SIZE];
    private final double[] vols = new double[SIZE];
    private final double[] prices = new double[SIZE];
    private final double[] futures = new double[SIZE];
    private final double[] vixStrikes = new double[SIZE];
    private final double[] vixYears = new double[SIZE];
    private final double[] vixVols = new double[SIZE];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SIZE; i++) {
            rights[i] = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
            years[i] = random.nextDouble(1, 90) / 365;
            vols[i] = random.nextDouble(0.10, 0.45);
            strikes[i] = SPX * Math.exp(random.nextDouble(-2.5, 2.5) * vols[i] * Math.sqrt(years[i]));
            prices[i] = Bsm.price(rights[i], SPX, strikes[i], years[i], RATE, YIELD, vols[i]);
            futures[i] = random.nextDouble(14, 30);
            vixStrikes[i] = random.nextDouble(10, 50);
            vixYears[i] = random.nextDouble(7, 150) / 365;
            vixVols[i] = random.nextDouble(0.5, 1.5);
        }
    }

    private int index() {
        next = (next + 1) & MASK;
        return next;
    }

    @Benchmark
    public void bsmGreeks(Blackhole hole) {
        int i = index();
        consumeAll(hole, Bsm.greeks(rights[i], SPX, strikes[i], years[i], RATE, YIELD, vols[i]));
    }

    @Benchmark
    public void bsmGreeksNaiveCommonsMath(Blackhole hole) {
        int i = index();
        consumeAll(hole, NaiveBsm.greeks(rights[i], SPX, strikes[i], years[i], RATE, YIELD, vols[i]));
    }

    /**
     * Consumes every figure, as a caller does, rather than the record itself: a caller reads the fields
     * and the JIT scalar-replaces the record, so consuming the object would time an allocation no caller makes.
     */
    private static void consumeAll(Blackhole hole, OptionGreeks g) {
        hole.consume(g.price());
        hole.consume(g.delta());
        hole.consume(g.gamma());
        hole.consume(g.vega());
        hole.consume(g.theta());
        hole.consume(g.rho());
        hole.consume(g.vanna());
        hole.consume(g.volga());
    }

    @Benchmark
    public double bsmPrice() {
        int i = index();
        return Bsm.price(rights[i], SPX, strikes[i], years[i], RATE, YIELD, vols[i]);
    }

    /** finmath-lib's Black-Scholes call on the forward S·e^((r−q)T) with payoff unit e^(−rT): a peer for bsmPrice (calls only). */
    @Benchmark
    public double bsmPriceFinmathPeer() {
        int i = index();
        double t = years[i];
        double discount = Math.exp(-RATE * t);
        double forward = SPX * Math.exp(-YIELD * t) / discount;
        return AnalyticFormulas.blackScholesGeneralizedOptionValue(forward, vols[i], t, strikes[i], discount);
    }

    @Benchmark
    public void black76Greeks(Blackhole hole) {
        int i = index();
        consumeAll(hole, Black76.greeks(rights[i], futures[i], vixStrikes[i], vixYears[i], RATE, vixVols[i]));
    }

    @Benchmark
    public double impliedVolBsm() {
        int i = index();
        return ImpliedVol.bsm(rights[i], prices[i], SPX, strikes[i], years[i], RATE, YIELD);
    }
}
