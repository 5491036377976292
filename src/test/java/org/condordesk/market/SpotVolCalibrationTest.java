package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.condordesk.model.SpotVolMap;
import org.condordesk.model.VolFactorModel;
import org.condordesk.store.HistoryCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recomputes the spot–vol defaults of docs/model.md from the shipped daily history (samples/history). */
class SpotVolCalibrationTest {

    private static SpotVolCalibration measured;

    @BeforeAll
    static void measure() throws IOException {
        Path dir = Path.of("samples", "history");
        measured = SpotVolCalibration.measure(
                HistoryCsv.read(dir.resolve("SPX_History.csv"), "SPX"),
                HistoryCsv.read(dir.resolve("VIX_History.csv"), "VIX"),
                HistoryCsv.read(dir.resolve("VIX3M_History.csv"), "VIX3M"),
                LocalDate.of(2010, 1, 1));
    }

    @Test
    void spotVolSlopesMatchTheDefaults() {
        // docs/model.md: kDown 5.6 %, kUp 3.8 % of ln VIX per 1 % SPX log move (2010-01-04 .. 2026-07-07).
        assertThat(measured.kDown()).isCloseTo(SpotVolMap.defaults().kDown(), within(0.0005));
        assertThat(measured.kUp()).isCloseTo(SpotVolMap.defaults().kUp(), within(0.0005));
        assertThat(measured.from()).isEqualTo(LocalDate.of(2010, 1, 4));
    }

    @Test
    void vix3mBetaMatchesTheFigureTheTimeWeightIsFittedTo() {
        assertThat(measured.vix3mBeta()).isCloseTo(VolFactorModel.MEASURED_VIX3M_BETA, within(0.005));
    }

    @Test
    void rollingCorrelationRangeMatchesTheDocumentedFigures() {
        // docs/model.md: median −0.84, 5th percentile −0.92, weakest −0.44.
        assertThat(measured.medianCorrelation()).isCloseTo(-0.84, within(0.005));
        assertThat(measured.p5Correlation()).isCloseTo(-0.92, within(0.005));
        assertThat(measured.weakestCorrelation()).isCloseTo(-0.44, within(0.005));
    }

    @Test
    void termStructureIsUsuallyInContango() {
        // docs/model.md: VIX3M/VIX averages 1.125; VIX3M < VIX on 7.6 % of days.
        assertThat(measured.meanVix3mRatio()).isCloseTo(1.125, within(0.001));
        assertThat(measured.backwardationShare()).isCloseTo(0.076, within(0.001));
    }
}
