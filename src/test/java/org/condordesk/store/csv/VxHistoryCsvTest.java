package org.condordesk.store.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.condordesk.market.VxDailySettle;
import org.condordesk.model.ValidationException;
import org.condordesk.testsupport.CfeVxFiles;
import org.junit.jupiter.api.Test;

/** CFE's per-contract VX history layout with its quirks, on files built in that layout. */
class VxHistoryCsvTest {

    private static VxCsv.VxHistory read(String text) throws IOException {
        return VxCsv.readHistory(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "VX_2018-02-14.csv");
    }

    @Test
    void readsTheIssueReferenceSettlementsWithTheExpiryFromTheLabel() throws IOException {
        // Settlements quoted in issue 29 from the exchange's files: Feb-2018 33.225 on 2018-02-05.
        VxCsv.VxHistory history = read(CfeVxFiles.modern("G (Feb 2018)")
                .row(LocalDate.of(2018, 2, 2), 17.175).row(LocalDate.of(2018, 2, 5), 33.225).text());
        assertThat(history.settles()).hasSize(2);
        VxDailySettle day = history.settles().get(1);
        assertThat(day.contract()).isEqualTo("VX/G8");
        assertThat(day.day()).isEqualTo(LocalDate.of(2018, 2, 5));
        assertThat(day.settlePoints()).isEqualTo(33.225);
        // Cboe VX specification: the Wednesday 30 days before the third Friday of the next month (2018-03-16).
        assertThat(day.expiry()).isEqualTo(LocalDate.of(2018, 2, 14));
        assertThat(day.monthly()).isTrue();
    }

    @Test
    void legacyFilesUseUsDatesTwoDigitYearLabelsAndTrailingCommasAndSkipZeroSettles() throws IOException {
        VxCsv.VxHistory history = read(CfeVxFiles.legacy("F (Jan 13)")
                .row(LocalDate.of(2013, 1, 2), 15.60).row(LocalDate.of(2013, 1, 3), 0)
                .row(LocalDate.of(2013, 1, 16), 13.69).text());
        assertThat(history.zeroSettleRows()).isEqualTo(1);
        assertThat(history.settles()).extracting(VxDailySettle::day)
                .containsExactly(LocalDate.of(2013, 1, 2), LocalDate.of(2013, 1, 16));
        // Third Friday of Feb 2013 is the 15th; 30 days before: Wednesday 2013-01-16, the file's last (final) row.
        assertThat(history.settles().get(0).expiry()).isEqualTo(LocalDate.of(2013, 1, 16));
        assertThat(history.settles().get(0).contract()).isEqualTo("VX/F3");
    }

    @Test
    void pricesBeforeTheRescalingOn2007_03_26AreDividedByTen() throws IOException {
        // CFE rescaled VX on 2007-03-26 (quotes ×10 before): 138.7 on 2007-03-23 is 13.87 points.
        VxCsv.VxHistory history = read(CfeVxFiles.legacy("K (May 07)")
                .row(LocalDate.of(2007, 3, 23), 138.7).row(LocalDate.of(2007, 3, 26), 13.79).text());
        assertThat(history.settles()).extracting(VxDailySettle::settlePoints).containsExactly(13.87, 13.79);
        // Third Friday of June 2007 is the 15th: settles Wednesday 2007-05-16.
        assertThat(history.settles().get(0).expiry()).isEqualTo(LocalDate.of(2007, 5, 16));
    }

    @Test
    void aWeeklySettlesOnTheFirstSettlementWednesdayOnOrAfterItsLastTrade() throws IOException {
        VxCsv.VxHistory history = read(CfeVxFiles.modern("VX07 (Feb 2018)")
                .row(LocalDate.of(2018, 2, 5), 30.0).row(LocalDate.of(2018, 2, 6), 25.0).text());
        // The week of 2018-02-06 settles Wednesday 2018-02-07 (no holiday that week or 30 days later).
        assertThat(history.settles()).allMatch(s -> s.expiry().equals(LocalDate.of(2018, 2, 7)));
        assertThat(history.settles().get(0).contract()).isEqualTo("VX07/G8");
        assertThat(history.settles().get(0).monthly()).isFalse();
    }

    @Test
    void badFilesNameTheLine() {
        assertError(CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 2), 17.175)
                .raw("2018-02-05,G (Feb 2018),33.2").text(), "VX_2018-02-14.csv line 4: expected 11 comma-separated fields");
        assertError(CfeVxFiles.modern("G (Feb 2018)").raw("2018-02-31,G (Feb 2018),1,1,1,1,17,0,0,0,0").text(),
                "VX_2018-02-14.csv line 3: bad trade date '2018-02-31'");
        assertError(CfeVxFiles.modern("H (Feb 2018)").row(LocalDate.of(2018, 2, 2), 17.175).text(),
                "VX_2018-02-14.csv line 3: contract 'H (Feb 2018)': month code H is not Feb (G)");
        assertError(CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 2), 17.175)
                .row(LocalDate.of(2018, 2, 2), 17.5).text(), "VX_2018-02-14.csv line 4: a second settlement for VX/G8 on 2018-02-02");
        assertError(CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 15), 17.175).text(),
                "VX_2018-02-14.csv line 3: VX/G8 day 2018-02-15 is after the contract's settlement date 2018-02-14");
        assertError(CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 2), 9999).text(),
                "VX_2018-02-14.csv line 3: VX/G8 settle must be between 0.01 and 500");
        assertError("Date,Open\n", "VX_2018-02-14.csv line 1: not a CFE VX history file");
        assertError(CfeVxFiles.modern("G (Feb 2018)").text(), "VX_2018-02-14.csv: has no VX rows with a settlement price");
    }

    @Test
    void theCurveReaderPointsAHistoryFileToTheHistoryImport() {
        assertThatThrownBy(() -> VxCsv.read(new ByteArrayInputStream(CfeVxFiles.legacy("F (Jan 13)")
                .row(LocalDate.of(2013, 1, 2), 15.6).text().getBytes(StandardCharsets.UTF_8)), "x.csv"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("history import vx");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(ValidationException.class).hasMessageStartingWith(message);
    }
}
