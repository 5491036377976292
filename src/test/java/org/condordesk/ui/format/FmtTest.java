package org.condordesk.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void dollarsLikeATradingScreen() {
        assertThat(Fmt.usd(-1686.98)).isEqualTo("-$1,687");
        assertThat(Fmt.usd(861.506)).isEqualTo("$861.51");
        assertThat(Fmt.usd(-0.004)).isEqualTo("$0.00");
        assertThat(Fmt.signedUsd(17202.3)).isEqualTo("+$17,202");
        assertThat(Fmt.signedUsd(-122.48)).isEqualTo("-$122.48");
        assertThat(Fmt.signedUsd0(-122.48)).isEqualTo("-$122");
        assertThat(Fmt.signedUsd0(133.5)).isEqualTo("+$134");
        assertThat(Fmt.usd0(-0.3)).isEqualTo("$0");
        assertThat(Fmt.usd(Double.NaN)).isEqualTo(Fmt.NONE);
    }

    @Test
    void numbersPercentAndMultipliers() {
        assertThat(Fmt.number(7600, 2)).isEqualTo("7,600.00");
        assertThat(Fmt.signed(2, 1)).isEqualTo("+2.0");
        assertThat(Fmt.percent(0.184, 1)).isEqualTo("18.4%");
        assertThat(Fmt.multiplier(2.9448)).isEqualTo("×2.94");
    }

    @Test
    void parsesWhatATraderTypes() {
        assertThat(Fmt.parse(" 7,325 ")).isEqualTo(7325);
        assertThat(Fmt.parse("$21.75")).isEqualTo(21.75);
        assertThat(Fmt.parse("18.5%")).isEqualTo(18.5);
        assertThat(Fmt.parse("\u22125")).isEqualTo(-5);
    }
}
