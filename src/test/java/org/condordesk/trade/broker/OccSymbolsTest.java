package org.condordesk.trade.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.condordesk.model.FuturesProduct;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * OCC symbols (OCC's Options Symbology Initiative: root padded to 6, yymmdd, C/P, strike × 1000 in 8 digits) and
 * the AM/PM roots: SPX is the AM-settled standard option, SPXW the PM-settled weekly (Cboe SPX/SPXW specifications).
 */
class OccSymbolsTest {

    @Test
    void theIssuesSymbolsMapToLegs() {
        assertThat(OccSymbols.parse("SPXW  261209P07350000"))
                .isEqualTo(new SpxOption(OptionRight.PUT, 7350, LocalDate.of(2026, 12, 9), Settlement.PM));
        assertThat(OccSymbols.parse("VIX   270120C00020000"))
                .isEqualTo(new VixOption(OptionRight.CALL, 20, LocalDate.of(2027, 1, 20)));
    }

    @Test
    void theRootNamesTheSettlement() {
        assertThat(OccSymbols.parse("SPX   261218P07000000"))
                .isEqualTo(new SpxOption(OptionRight.PUT, 7000, LocalDate.of(2026, 12, 18), Settlement.AM));
        assertThat(OccSymbols.parse("SPXW  261218P07000000"))
                .isEqualTo(new SpxOption(OptionRight.PUT, 7000, LocalDate.of(2026, 12, 18), Settlement.PM));
        // A statement that writes only "SPX" and a date: the standard expiry (third Friday) is AM, any other date PM.
        assertThat(OccSymbols.spxSettlement("SPX", LocalDate.of(2026, 12, 18))).isEqualTo(Settlement.AM);
        assertThat(OccSymbols.spxSettlement("SPX", LocalDate.of(2026, 12, 9))).isEqualTo(Settlement.PM);
        assertThat(OccSymbols.spxSettlement("SPXW", LocalDate.of(2026, 12, 18))).isEqualTo(Settlement.PM);
    }

    @Test
    void paddingIsOptionalAndStrikesKeepTheirThousandths() {
        assertThat(OccSymbols.parse("SPXW261209P07350000")).isEqualTo(OccSymbols.parse("SPXW  261209P07350000"));
        assertThat(OccSymbols.parse("vix   270120c00022500").optionStrike().getAsDouble()).isEqualTo(22.5);
        assertThat(OccSymbols.parse("VIXW  261125C00018500"))
                .isEqualTo(new VixOption(OptionRight.CALL, 18.5, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void optionsOnVixEtfsCarryTheirLeverage() {
        assertThat(OccSymbols.parse("UVXY  270115C00050000"))
                .isEqualTo(new VixEtfOption(new VixEtf("UVXY", 30, 1.5), OptionRight.CALL, 50, LocalDate.of(2027, 1, 15)));
        assertThat(((VixEtfOption) OccSymbols.parse("VXX   270115P00040000")).underlying().leverage()).isEqualTo(1.0);
        assertThat(((VixEtfOption) OccSymbols.parse("SVXY  270115P00040000")).underlying().leverage()).isEqualTo(-0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPXW  261209P07350000", "VIX   270120C00020000", "UVXY  270115C00050500", "SPX   261218C08125000"})
    void writingASymbolBackGivesTheSameSymbol(String symbol) {
        assertThat(OccSymbols.of(OccSymbols.parse(symbol))).isEqualTo(symbol);
    }

    @Test
    void whatIsNoValuedOptionIsRefusedWithItsReason() {
        assertThatThrownBy(() -> OccSymbols.parse("AAPL  270115C00150000"))
                .hasMessage("symbol: root 'AAPL' of AAPL  270115C00150000 is not SPX, SPXW, VIX, VIXW, VXX, VIXY, UVXY or SVXY");
        assertThatThrownBy(() -> OccSymbols.parse("SPXW  261309P07350000"))
                .hasMessage("symbol: SPXW  261309P07350000 has no real expiry date (261309)");
        assertThatThrownBy(() -> OccSymbols.parse("SPXW 7350 P"))
                .hasMessageStartingWith("symbol: 'SPXW 7350 P' is not an OCC option symbol");
        assertThatThrownBy(() -> OccSymbols.parse("SPXW  261209X07350000"))
                .hasMessageStartingWith("symbol: 'SPXW  261209X07350000' is not an OCC option symbol");
    }

    @Test
    void futuresCodesSettleOnTheMonthsVixSettlementDate() {
        // Jan 2027: third Friday of Feb 2027 is the 19th; 30 days before is Wednesday 20 Jan 2027 (Cboe VX rules).
        LocalDate trade = LocalDate.of(2026, 11, 23);
        assertThat(FuturesSymbols.parse("VXF7", trade)).isEqualTo(new VixFuture(LocalDate.of(2027, 1, 20)));
        assertThat(FuturesSymbols.parse("/VXF27:XCBF", trade)).isEqualTo(new VixFuture(LocalDate.of(2027, 1, 20)));
        // Dec 2026: third Friday of Jan 2027 is the 15th; 30 days before is Wednesday 16 Dec 2026.
        assertThat(FuturesSymbols.parse("/VXMZ26", trade))
                .isEqualTo(new VixFuture(LocalDate.of(2026, 12, 16), FuturesProduct.VXM));
        assertThat(FuturesSymbols.parse("VXM 2027-01-20", trade)).isEqualTo(VixFuture.mini(LocalDate.of(2027, 1, 20)));
        assertThatThrownBy(() -> FuturesSymbols.parse("ESZ6", trade)).hasMessageContaining("is not a VIX future");
    }
}
