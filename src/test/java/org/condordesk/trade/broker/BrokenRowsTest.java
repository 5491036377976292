package org.condordesk.trade.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Broken rows: every row that is not imported is reported by its line number with a reason, the good rows still
 * import, and a file of the wrong layout is one line naming it. The files are in src/test/resources/fills.
 */
class BrokenRowsTest {

    private static final Path FILES = Path.of("src", "test", "resources", "fills");

    private static List<String> unmapped(BrokerRows rows) {
        return rows.unmapped().stream().map(BrokerRows.Unmapped::toString).toList();
    }

    @Test
    void genericRowsThatAreNoFillAreNamedByLine() throws IOException {
        BrokerRows rows = Broker.GENERIC.read(FILES.resolve("generic-broken.csv"));
        assertThat(rows.fills()).extracting(BrokerFill::line).containsExactly(2, 10);
        assertThat(rows.fills().get(1).fees()).isZero(); // the fees column is optional per row
        assertThat(unmapped(rows)).containsExactly(
                "line 3: symbol: root 'AAPL' of AAPL  270115C00150000 is not SPX, SPXW, VIX, VIXW, VXX, VIXY, UVXY or SVXY",
                "line 4: date: is not a date-time this importer reads: '2026-13-01'",
                "line 5: quantity: is not a whole number of contracts: '1.5'",
                "line 6: quantity: is 0",
                "line 7: price: is negative (-1)",
                "line 8: price: is not a number: 'abc'",
                "line 9: symbol: 'ESZ6' is not an OCC option symbol like SPXW  261209P07350000");
    }

    @Test
    void ibkrRowsThatAreNoFillAreNamedByLine() throws IOException {
        BrokerRows rows = Broker.IBKR.read(FILES.resolve("ibkr-broken.csv"));
        assertThat(rows.fills()).extracting(BrokerFill::line).containsExactly(4);
        assertThat(unmapped(rows)).containsExactly(
                "line 5: Symbol: AAPL (Stocks) is not an instrument CondorDesk values",
                "line 6: Currency: EUR, not USD",
                "line 7: Code: an assignment or exercise (A;C) settles outside the Trades section: close the leg at its "
                        + "settlement value by hand",
                "line 8: a ClosedLot row is lot detail of a closing trade, not a fill",
                "line 9: Date/Time: is not a date-time this importer reads: '23/11/2026 10:15'",
                "line 10: symbol: 'ESZ6' is not a VIX future like VXF7, /VXF27 or VX 2027-01-20");
    }

    @Test
    void tosRowsThatAreNoFillAreNamedByLineAndAnExpirationMustMatchWhatIsOpen() throws IOException {
        BrokerRows rows = Broker.TOS.read(FILES.resolve("tos-broken.csv"));
        assertThat(rows.fills()).extracting(BrokerFill::line).containsExactly(10);
        // $6.50 booked in the Cash Balance at the fill's time: all of it on the one fill.
        assertThat(rows.fills().get(0).fees()).isCloseTo(6.50, within(1e-12));
        assertThat(unmapped(rows)).containsExactly(
                "line 11: Symbol: AAPL (STOCK) is not an instrument CondorDesk values",
                "line 12: Exec Time: is not a date-time this importer reads: '13/45/26 10:31:00'",
                "line 13: Exp: is not a date like d MMM yy: '31 NOV 26'",
                "line 6: the expiration of 6 SPX 2026-12-09 PM 7275 PUT does not match the 10 the imported fills left open");
    }

    @Test
    void tastyRowsThatAreNoFillAreNamedByLineAndAnExpirationClosesAtZero() throws IOException {
        BrokerRows rows = Broker.TASTY.read(FILES.resolve("tasty-broken.csv"));
        assertThat(rows.fills()).extracting(BrokerFill::line).containsExactly(2, 8);
        BrokerFill expiration = rows.fills().get(0);
        assertThat(expiration.quantity()).isEqualTo(10);
        assertThat(expiration.price()).isZero();
        assertThat(unmapped(rows)).containsExactly(
                "line 3: a Cash Settled Assignment settles outside the trades: close the leg at its settlement value by hand",
                "line 4: symbol: '/ESZ6' is not a VIX future like VXF7, /VXF27 or VX 2027-01-20",
                "line 5: Description: a futures fill needs its '@ price' in the Description",
                "line 6: Date: is not a date-time like 2026-04-02T06:46:35-0700: '2026-11-23T10:20:00'",
                "line 7: Multiplier: 10.0 is not SPX 2026-12-09 PM 7350 PUT's 100.0",
                "line 9: not a trade (Money Movement, Deposit)");
    }

    @Test
    void aFileOfAnotherLayoutIsOneLineNamingIt() {
        Path tasty = BrokerImportTest.SAMPLES.resolve("tasty-transactions.csv");
        assertThatThrownBy(() -> Broker.TOS.read(tasty))
                .hasMessage("tasty-transactions.csv: has no 'Account Trade History' section: export the Account Statement "
                        + "from thinkorswim's Monitor tab");
        assertThatThrownBy(() -> Broker.GENERIC.read(tasty))
                .hasMessage("tasty-transactions.csv line 1: the header has no 'price' column (expected "
                        + "date,symbol,quantity,price,fees)");
        assertThatThrownBy(() -> Broker.TASTY.read(BrokerImportTest.SAMPLES.resolve("generic-fills.csv")))
                .hasMessage("generic-fills.csv line 1: the header has no 'Type' column: not a tastytrade transactions CSV");
        assertThatThrownBy(() -> Broker.IBKR.read(BrokerImportTest.SAMPLES.resolve("generic-fills.csv")))
                .hasMessageStartingWith("generic-fills.csv line 1: is neither an Activity Statement");
        assertThatThrownBy(() -> Broker.of("schwab")).hasMessage("BROKER: 'schwab' is not one of ibkr, tos, tasty, generic");
    }
}
