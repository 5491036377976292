package org.condordesk.store.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.condordesk.market.VxSettlement;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;

/** The CFE settlement layout and the long form, on the samples and on broken files. */
class VxCsvTest {

    private static VxCsv.VxFile read(String text) throws IOException {
        return VxCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "vx.csv");
    }

    @Test
    void readsCfeSettlementsSkippingOtherProductsAndSortingByExpiry() throws IOException {
        VxCsv.VxFile file = VxCsv.read(Path.of("samples/chains/vx-settlements-sample.csv"));
        assertThat(file.otherProductRows()).isEqualTo(2);                 // the two VXM rows
        assertThat(file.futures()).hasSize(9);
        assertThat(file.monthlies()).extracting(VxSettlement::symbol)
                .containsExactly("VX/Z6", "VX/F7", "VX/G7", "VX/H7", "VX/J7", "VX/K7");
        assertThat(file.monthlies().get(0).expiry()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(file.monthlies().get(0).price()).isEqualTo(17.45);
    }

    @Test
    void readsTheLongForm() throws IOException {
        VxCsv.VxFile file = VxCsv.read(Path.of("samples/chains/vx-curve-sample.csv"));
        assertThat(file.futures()).hasSize(6).allMatch(VxSettlement::monthly);
        assertThat(read("expiry,price\n2027-01-20,18.55\n2026-12-16,17.45\n").futures())
                .extracting(VxSettlement::expiry).containsExactly(LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 20));
    }

    @Test
    void brokenRowsNameTheirLine() {
        assertError("expiry,price\n2026-12-16,17.45\n2026-12-16,17.5\n",
                "vx.csv line 3: a second price for the future settling on 2026-12-16 (first on line 2)");
        assertError("expiry,price\n16.12.2026,17.45\n", "vx.csv line 2: bad expiration date '16.12.2026'");
        assertError("expiry,price\n2026-12-16,zero\n", "vx.csv line 2: price is not a number: 'zero'");
        assertError("expiry,price\n2026-12-16,0\n", "vx.csv line 2: price must be between 0.01 and 500");
        assertError("Product,Symbol,Expiration Date,Price\nVX,VX/Z6,2026-12-16\n",
                "vx.csv line 2: expected 4 comma-separated fields");
        assertError("Date,Close\n", "vx.csv line 1: expected Cboe's header 'Product,Symbol,Expiration Date,Price'");
        assertError("Product,Symbol,Expiration Date,Price\nVXM,VXM/Z6,2026-12-16,17\n", "vx.csv: has no VX rows");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(ValidationException.class).hasMessageStartingWith(message);
    }
}
