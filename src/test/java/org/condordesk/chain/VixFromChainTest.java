package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.VarianceStrip;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ImportProgress;
import org.junit.jupiter.api.Test;

/**
 * The VIX from a chain against Cboe's published worked example and against a flat-vol chain whose
 * discretisation error is derived in closed form.
 *
 * <p>The worked example's board (SPX near term, SPXW next term, every strike's bid and ask) is in
 * src/test/resources/chain/vix-white-paper-board.csv, transcribed from the tab-separated files of the MIT-licensed
 * repository github.com/meixler/vix (vixnearterm.dat, vixnextterm.dat), which copy the white paper's appendix. The
 * published figures asserted below are those the white paper (vixwhite.pdf) and Cboe's current "VIX Index
 * Mathematics Methodology" example, hypothetical 2022-09-27 board) prints, as quoted by several independent
 * transcriptions (see docs/model.md §12); CondorDesk could not read the PDF itself.
 */
class VixFromChainTest {

    /** Cboe's current example: N_T1 = 34,484 and N_T2 = 44,954 minutes, i.e. 10:46 New York on 2022-09-27. */
    private static final ZonedDateTime CURRENT = LocalDateTime.of(2022, 9, 27, 10, 46).atZone(Instrument.NEW_YORK);
    /** The white paper's (vixwhite.pdf) N_T1 = 854 + 510 + 34,560 = 35,924: the same board one day earlier. */
    private static final ZonedDateTime WHITE_PAPER = CURRENT.minusDays(1);

    private static OptionChain board(ZonedDateTime quoteTime) throws IOException {
        try (InputStream in = VixFromChainTest.class.getResourceAsStream("/chain/vix-white-paper-board.csv")) {
            OptionChain chain = ChainCsv.read(in, -1, "vix-white-paper-board.csv", ImportProgress.NONE).chain();
            return new OptionChain(chain.underlying(), chain.underlyingPrice(), quoteTime, chain.quotes());
        }
    }

    private static VixFromChain.Result compute(ZonedDateTime quoteTime, double nearRate, double nextRate)
            throws IOException {
        return VixFromChain.compute(board(quoteTime), e -> e.root() == OptionRoot.SPX ? nearRate : nextRate);
    }

    @Test
    void reproducesCboesMethodologyWorkedExample() throws IOException {
        // published: R1 = 0.031664 %, R2 = 0.028797 %
        VixFromChain.Result result = compute(CURRENT, 0.00031664, 0.00028797);
        VixTerm near = result.near();
        VixTerm next = result.next();
        assertThat(near.minutes()).isCloseTo(34_484, within(1e-6));
        assertThat(next.minutes()).isCloseTo(44_954, within(1e-6));
        // published: F1 = 1965 + e^{RT}(21.05 − 23.15) = 1962.89996, F2 = 1960 + e^{RT}(27.30 − 24.90) = 1962.40006
        assertThat(near.forwardStrike()).isEqualTo(1965);
        assertThat(near.forward()).isCloseTo(1962.89996, within(5e-6));
        assertThat(next.forwardStrike()).isEqualTo(1960);
        assertThat(next.forward()).isCloseTo(1962.40006, within(5e-6));
        assertThat(near.k0()).isEqualTo(1960);
        assertThat(next.k0()).isEqualTo(1960);
        // published strips: near 146 options from the 1370 put to the 2125 call, next 122 from 1275 to 2200
        assertThat(near.strikesUsed()).isEqualTo(146);
        assertThat(near.lowestStrike()).isEqualTo(1370);
        assertThat(near.highestStrike()).isEqualTo(2125);
        assertThat(next.strikesUsed()).isEqualTo(122);
        assertThat(next.lowestStrike()).isEqualTo(1275);
        assertThat(next.highestStrike()).isEqualTo(2200);
        // published: σ1² = 0.019233906, σ2² = 0.019423884 (nine decimals), VIX = 13.93
        assertThat(result.nearVariance()).isCloseTo(0.019233906, within(1e-9));
        assertThat(result.nextVariance()).isCloseTo(0.019423884, within(1e-9));
        assertThat(result.vix()).isCloseTo(13.93, within(0.005));
        assertThat(result.withinCboeWindow()).isTrue();
    }

    @Test
    void reproducesTheWhitePapersWorkedExample() throws IOException {
        // published: R1 = 0.0305 %, R2 = 0.0286 %, T1 = 0.0683486, T2 = 0.0882686,
        // σ1² = 0.01846292, σ2² = 0.01882101, VIX = 13.69
        VixFromChain.Result result = compute(WHITE_PAPER, 0.000305, 0.000286);
        assertThat(result.near().minutes()).isCloseTo(35_924, within(1e-6));
        assertThat(result.next().minutes()).isCloseTo(46_394, within(1e-6));
        assertThat(result.near().years()).isCloseTo(0.0683486, within(5e-8));
        assertThat(result.next().years()).isCloseTo(0.0882686, within(5e-8));
        assertThat(result.nearVariance()).isCloseTo(0.01846292, within(1e-8));
        assertThat(result.nextVariance()).isCloseTo(0.01882101, within(1e-8));
        assertThat(result.vix()).isCloseTo(13.69, within(0.005));
    }

    @Test
    void stripSkipsLoneZeroBidsAndStopsAtTwoInARow() throws IOException {
        VixTerm near = compute(CURRENT, 0.00031664, 0.00028797).near();
        List<Double> strikes = near.strip().stream().map(VixTerm.StripOption::strike).toList();
        // the board's near-term puts: 1360 and 1365 have zero bids (two in a row: stop, so 1355 and 1350 are out
        // although they have bids); 1405 and 1415 are lone zero bids (skipped); calls: 2120 lone, 2150/2175 stop
        assertThat(strikes).doesNotContain(1350.0, 1355.0, 1360.0, 1365.0, 1405.0, 1415.0, 2120.0, 2150.0, 2225.0);
        assertThat(strikes).contains(1370.0, 1400.0, 1410.0, 2100.0, 2125.0);
        double[] array = strikes.stream().mapToDouble(Double::doubleValue).toArray();
        // ΔK from the strip's own neighbours: 1400 → (1410 − 1395)/2, 2100 → (2125 − 2095)/2 (published 7.5, 15)
        assertThat(VarianceStrip.deltaK(array, strikes.indexOf(1400.0))).isEqualTo(7.5);
        assertThat(VarianceStrip.deltaK(array, strikes.indexOf(2100.0))).isEqualTo(15);
        // K0 is the put/call average: (24.25 + 21.30)/2 = 22.775 as published (call mid 24.25, put mid 21.30)
        VixTerm.StripOption k0 = near.strip().get(strikes.indexOf(1960.0));
        assertThat(k0.option()).isEqualTo("put/call average");
        assertThat(k0.price()).isCloseTo(22.775, within(1e-12));
    }

    /**
     * A flat-vol chain with strikes every h points. The continuous strip gives σ² exactly (the log contract), so the
     * error is the discretisation: with puts below K₀ and calls above it the OTM price jumps at K₀ and its slope
     * jumps by −DF there; the midpoint rule over that cell, with the put/call average at K₀, over-counts
     * DF·h²/(12·K₀²) of ∫Q/K² (the jump's h²/8 less the curvature term's h²/24), and Cboe's −(F/K₀ − 1)²/T removes
     * the rest to third order. So σ²_strip − σ² = h²/(6·T·K₀²) + O(h³), and since both terms are flat the
     * interpolation keeps it: VIX = 100·√(σ² + that).
     */
    @Test
    void flatVolChainGivesTheVolWithinTheDerivedDiscretisationError() {
        double vol = 0.20;
        double spot = 5000;
        double rate = 0.04;
        double yield = 0.015;
        double step = 5;
        ZonedDateTime quoteTime = LocalDateTime.of(2025, 1, 6, 10, 0).atZone(Instrument.NEW_YORK);
        double[] strikes = new double[1201];
        for (int i = 0; i < strikes.length; i++) {
            strikes[i] = 2000 + step * i;             // tails beyond 2000 and 8000 are < 1e-15 of σ² here
        }
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        for (Object[] e : new Object[][] {{OptionRoot.SPXW, LocalDate.of(2025, 1, 31)},
            {OptionRoot.SPXW, LocalDate.of(2025, 2, 5)}, {OptionRoot.SPXW, LocalDate.of(2025, 2, 7)},
            {OptionRoot.SPX, LocalDate.of(2025, 2, 21)}}) {
            OptionRoot root = (OptionRoot) e[0];
            LocalDate date = (LocalDate) e[1];
            double years = org.condordesk.market.Tenor.years(quoteTime, root.settlementTime(date));
            expiries.add(new SyntheticChain.Expiry(root, date, spot * Math.exp((rate - yield) * years), strikes));
        }
        OptionChain chain = SyntheticChain.generate("SPX", OptionalDouble.of(spot), quoteTime, rate, expiries,
                VolSurface.flat(vol), SyntheticChain.Quoting.exact());

        VixFromChain.Result result = VixFromChain.compute(chain, e -> rate);

        // the Wednesday 2025-02-05 weekly is ~30 days out but not a Friday: Cboe does not use it
        assertThat(result.near().expiry()).isEqualTo("SPXW 2025-01-31");
        assertThat(result.next().expiry()).isEqualTo("SPXW 2025-02-07");
        for (VixTerm term : List.of(result.near(), result.next())) {
            double predicted = step * step / (6 * term.years() * term.k0() * term.k0());
            assertThat((term.variance() - vol * vol) / predicted).as(term.expiry()).isCloseTo(1, within(0.01));
        }
        double largest = step * step / (6 * result.near().years() * 4990 * 4990);
        assertThat(result.vix()).isGreaterThan(100 * vol).isLessThan(100 * Math.sqrt(vol * vol + largest));
    }

    @Test
    void aChainWithoutAnExpiryPastThirtyDaysCannotGiveTheVix() throws IOException {
        OptionChain nearOnly = board(CURRENT);
        OptionChain cut = new OptionChain("SPX", OptionalDouble.empty(), CURRENT, nearOnly.quotes().stream()
                .filter(q -> q.root() == OptionRoot.SPX).toList());
        assertThatThrownBy(() -> VixFromChain.compute(cut, e -> 0.0003))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no expiry after 30 days");
    }
}
