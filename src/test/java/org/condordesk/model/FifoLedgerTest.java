package org.condordesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/model.md §15: realised P&L of closed lots, first in first out, fees spread over each fill's units. */
class FifoLedgerTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final double SPX = 100;

    private static Fill fill(int minutes, int quantity, double price) {
        return Fill.of(T0.plusMinutes(minutes), quantity, price);
    }

    @Test
    void openTenAt2140CloseFourAt12AndSixAt30RealisesFourteenHundredDollars() {
        // Long 10 SPX options at 21.40 (×100). Close 4 at 12.00: (12.00 − 21.40)·4·100 = −3 760.
        // Close 6 at 30.00: (30.00 − 21.40)·6·100 = +5 160. Realised: −3 760 + 5 160 = +1 400; nothing open.
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 10, 21.40), fill(60, -4, 12.00), fill(120, -6, 30.00)), SPX);
        assertThat(ledger.closedLots()).extracting(FifoLedger.ClosedLot::realizedPnl)
                .satisfiesExactly(pnl -> assertThat(pnl).isCloseTo(-3760, within(1e-9)),
                        pnl -> assertThat(pnl).isCloseTo(5160, within(1e-9)));
        assertThat(ledger.realizedPnl()).isCloseTo(1400, within(1e-9));
        assertThat(ledger.openQuantity()).isZero();
        assertThat(ledger.averageOpenPrice()).isZero();
        assertThat(ledger.openLots()).isEmpty();
    }

    @Test
    void theShortSideOfTheSameTradesRealisesMinusFourteenHundred() {
        // Sold 10 at 21.40 (a short put of the condor): buying 4 back at 12.00 earns (21.40 − 12.00)·4·100 = 3 760,
        // the 6 at 30.00 cost (30.00 − 21.40)·6·100 = 5 160: −1 400.
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, -10, 21.40), fill(60, 4, 12.00), fill(120, 6, 30.00)), SPX);
        assertThat(ledger.realizedPnl()).isCloseTo(-1400, within(1e-9));
        assertThat(ledger.closedLots()).extracting(FifoLedger.ClosedLot::quantity).containsExactly(-4, -6);
    }

    @Test
    void aPartialCloseLeavesTheRestAtItsOpenPrice() {
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 10, 21.40), fill(60, -4, 12.00)), SPX);
        assertThat(ledger.openQuantity()).isEqualTo(6);
        assertThat(ledger.averageOpenPrice()).isEqualTo(21.40); // exactly: one lot, one price
        assertThat(ledger.realizedPnl()).isCloseTo(-3760, within(1e-9));
        // Unrealised at 25.00: (25.00 − 21.40)·6·100 = 2 160.
        assertThat(ledger.unrealizedPnl(25.00, SPX)).isCloseTo(2160, within(1e-9));
    }

    @Test
    void theOldestLotClosesFirst() {
        // Buy 5 at 10, then 5 at 20; sell 7 at 15. FIFO closes the 5 at 10 (+5·5·100 = 2 500) then 2 of the 5 at 20
        // (−5·2·100 = −1 000): +1 500, 3 left at 20. (LIFO would realise −2 500 + 1 000 = −1 500 and leave 3 at 10;
        // average cost 15 would realise 0.)
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 5, 10), fill(1, 5, 20), fill(2, -7, 15)), SPX);
        assertThat(ledger.realizedPnl()).isCloseTo(1500, within(1e-9));
        assertThat(ledger.openQuantity()).isEqualTo(3);
        assertThat(ledger.averageOpenPrice()).isEqualTo(20);
        assertThat(ledger.openLots()).singleElement().satisfies(lot -> assertThat(lot.openedAt()).isEqualTo(T0.plusMinutes(1)));
    }

    @Test
    void theEntryShownIsTheQuantityWeightedAverageOfTheOpenLots() {
        // Open 2 at 10 and 6 at 14: (2·10 + 6·14)/8 = 104/8 = 13.
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 2, 10), fill(1, 6, 14)), SPX);
        assertThat(ledger.averageOpenPrice()).isCloseTo(13, within(1e-12));
        // Closing 3 takes the 2 at 10 and 1 at 14: 5 left at 14.
        FifoLedger after = FifoLedger.of(List.of(fill(0, 2, 10), fill(1, 6, 14), fill(2, -3, 16)), SPX);
        assertThat(after.averageOpenPrice()).isEqualTo(14);
        // (16 − 10)·2·100 + (16 − 14)·1·100 = 1 400.
        assertThat(after.realizedPnl()).isCloseTo(1400, within(1e-9));
    }

    @Test
    void aFillThroughZeroClosesTheLotsAndOpensTheRestOnTheOtherSide() {
        // Long 3 at 5, sell 5 at 6: closes 3 (+1·3·100 = 300) and opens a short of 2 at 6.
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 3, 5), fill(1, -5, 6)), SPX);
        assertThat(ledger.realizedPnl()).isCloseTo(300, within(1e-9));
        assertThat(ledger.openQuantity()).isEqualTo(-2);
        assertThat(ledger.averageOpenPrice()).isEqualTo(6);
    }

    @Test
    void feesAreSpreadOverEachFillsUnitsAndRealisedWithTheUnitsTheyBelongTo() {
        // Buy 10 at 21.40 paying $10 ($1 a contract), sell 4 at 12.00 paying $6 ($1.50 a contract).
        // Realised: −3 760 − 4·1 − 4·1.50 = −3 770. The 6 still open carry 6·1 = $6, which the unrealised bears:
        // at 20.00, (20.00 − 21.40)·6·100 − 6 = −846.
        FifoLedger ledger = FifoLedger.of(List.of(new Fill(T0, 10, 21.40, 10), new Fill(T0.plusHours(1), -4, 12.00, 6)), SPX);
        assertThat(ledger.realizedPnl()).isCloseTo(-3770, within(1e-9));
        assertThat(ledger.openFees()).isCloseTo(6, within(1e-12));
        assertThat(ledger.unrealizedPnl(20.00, SPX)).isCloseTo(-846, within(1e-9));
    }

    @Test
    void vxFuturesRealiseAtAThousandDollarsAPoint() {
        // Long 2 VX at 18.50, sell 1 at 19.25: 0.75·1000 = 750.
        FifoLedger ledger = FifoLedger.of(List.of(fill(0, 2, 18.50), fill(1, -1, 19.25)), VixFuture.MULTIPLIER);
        assertThat(ledger.realizedPnl()).isCloseTo(750, within(1e-9));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    /**
     * Two independent checks on random fills: (1) cash accounting, which knows nothing of lots: total P&L is
     * the cash of every fill plus the open position at the mark, and must equal realised + unrealised; (2) a unit
     * queue (one entry per contract) as a second FIFO implementation must realise the same.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void realisedPlusUnrealisedIsTheCashPlusTheMarkAndMatchesAUnitByUnitQueue(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double multiplier = random.nextBoolean() ? 100 : 1000;
        List<Fill> fills = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            int quantity = random.nextInt(1, 20) * (random.nextBoolean() ? 1 : -1);
            fills.add(new Fill(T0.plusMinutes(i), quantity, Math.round(random.nextDouble(0, 50) * 100) / 100.0,
                    Math.round(random.nextDouble(0, 20) * 100) / 100.0));
        }
        double mark = random.nextDouble(0, 50);
        FifoLedger ledger = FifoLedger.of(fills, multiplier);

        double cash = 0;
        int open = 0;
        for (Fill fill : fills) {
            cash += -fill.quantity() * fill.price() * multiplier - fill.fees();
            open += fill.quantity();
        }
        double total = cash + open * mark * multiplier;
        assertThat(ledger.openQuantity()).isEqualTo(open);
        assertThat(ledger.realizedPnl() + ledger.unrealizedPnl(mark, multiplier)).isCloseTo(total, within(1e-6));
        assertThat(ledger.realizedPnl()).isCloseTo(unitQueueRealised(fills, multiplier), within(1e-6));
    }

    /** Second implementation: one queue entry per contract {sign, price, fee}; fills consume units one at a time. */
    private static double unitQueueRealised(List<Fill> fills, double multiplier) {
        Deque<double[]> units = new ArrayDeque<>();
        double realized = 0;
        for (Fill fill : fills) {
            int sign = Integer.signum(fill.quantity());
            double fee = fill.fees() / Math.abs(fill.quantity());
            for (int i = 0; i < Math.abs(fill.quantity()); i++) {
                if (!units.isEmpty() && units.peekFirst()[0] != sign) {
                    double[] unit = units.removeFirst();
                    realized += (fill.price() - unit[1]) * unit[0] * multiplier - unit[2] - fee;
                } else {
                    units.addLast(new double[] {sign, fill.price(), fee});
                }
            }
        }
        return realized;
    }
}
