package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.junit.jupiter.api.Test;

/**
 * The hot path stays allocation-free with one pricer per leg: valuing the whole position at an SPX level and a spot
 * VIX (what the curves, the heatmap and Brent's break-evens call thousands of times) allocates nothing. Measured
 * with the JVM's own per-thread allocation counter (com.sun.management.ThreadMXBean), which counts every byte the
 * thread allocates, TLAB or not; the bound leaves room for the counter's own bookkeeping only.
 */
class PricerAllocationTest {

    private static final int CALLS = 20_000;

    @Test
    void valuingThePositionAllocatesNothingPerCall() {
        VixEtf vxx = new VixEtf("VXX", 30, 1.0);
        Scenario scenario = Fixtures.hedged().plusLayer(Layer.of("ETF", LayerRole.HEDGE, List.of(
                Leg.linear(vxx, 500, 41.0),
                Leg.option(new VixEtfOption(vxx, OptionRight.CALL, 45, LocalDate.of(2026, 12, 18)), 5, 1.2, 0.8))));
        MarketState market = MarketState.of(scenario);
        PositionValuation.Dated day = PositionValuation.of(scenario, market, 0).on(3);
        double sink = 0;
        for (int i = 0; i < CALLS; i++) {          // warm up: class loading and compilation allocate, the calls not
            sink += day.pnl(7600 + i % 50, 16 + i % 7) + day.value(7600 - i % 50, 17);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < CALLS; i++) {
            sink += day.pnl(7600 + i % 50, 16 + i % 7) + day.value(7600 - i % 50, 17);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(sink).isFinite();
        // 40,000 valuations of 9 legs: even one 16-byte object per call would be 640 kB.
        assertThat(allocated).as("bytes allocated by %d valuations", 2 * CALLS).isLessThan(4_096);
    }
}
