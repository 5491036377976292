package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;

class LegEditsTest {

    private final Leg shortPut = Fixtures.sampleCondor().legs().get(1);
    private final Leg future = Fixtures.futures().legs().get(0);
    private final Leg vixCall = Fixtures.diagonal().legs().get(1);

    @Test
    void contractTermsAreReplacedKeepingTheRest() {
        Leg edited = LegEdits.apply(shortPut, LegField.RIGHT, "call");
        assertThat(edited.instrument()).isEqualTo(new SpxOption(OptionRight.CALL, 7350, Fixtures.CONDOR_EXPIRY, Settlement.PM));
        assertThat(LegEdits.apply(shortPut, LegField.SETTLEMENT, "AM").instrument().expiryTime().get().getHour()).isEqualTo(9);
        assertThat(LegEdits.apply(shortPut, LegField.STRIKE, "7,325").instrument().optionStrike().getAsDouble()).isEqualTo(7325);
        assertThat(LegEdits.apply(vixCall, LegField.EXPIRY, "2027-03-17").instrument().expiryDate()).hasValue(LocalDate.of(2027, 3, 17));
        assertThat(LegEdits.apply(future, LegField.EXPIRY, "2027-02-17").instrument().expiryDate()).hasValue(LocalDate.of(2027, 2, 17));
        assertThat(LegEdits.apply(shortPut, LegField.QUANTITY, "-12").quantity()).isEqualTo(-12);
        assertThat(LegEdits.apply(shortPut, LegField.ENTRY_PRICE, "$21.75").entryPrice()).isEqualTo(21.75);
    }

    @Test
    void badTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.STRIKE, "-5"))
                .isInstanceOf(ValidationException.class).hasMessage("strike: must be > 0, got -5");
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.STRIKE, "abc")).hasMessage("strike: is not a number: 'abc'");
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.QUANTITY, "0")).hasMessage("quantity: must not be 0");
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.QUANTITY, "2.5")).hasMessageStartingWith("quantity: must be a whole number");
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.EXPIRY, "9 Dec")).hasMessageStartingWith("expiry: is not a date");
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.RIGHT, "straddle")).hasMessageStartingWith("right: must be one of");
    }

    @Test
    void fieldsThatDoNotApplyAreRefused() {
        assertThat(LegEdits.applies(future, LegField.STRIKE)).isFalse();
        assertThat(LegEdits.applies(vixCall, LegField.SETTLEMENT)).isFalse();
        assertThatThrownBy(() -> LegEdits.apply(future, LegField.STRIKE, "20")).hasMessage("strike: does not apply to VX 2027-01-20");
        assertThatThrownBy(() -> LegEdits.apply(future, LegField.IMPLIED_VOL_PCT, "80")).hasMessageStartingWith("impliedVol: does not apply");
    }

    @Test
    void impliedVolIsPercentInAndDecimalStored() {
        assertThat(LegEdits.text(shortPut, LegField.IMPLIED_VOL_PCT)).isEqualTo("17.4");
        assertThat(LegEdits.apply(shortPut, LegField.IMPLIED_VOL_PCT, "18.5%").vol()).isEqualTo(0.185);
        assertThatThrownBy(() -> LegEdits.apply(shortPut, LegField.IMPLIED_VOL_PCT, "0"))
                .hasMessage("impliedVol: must be > 0 and <= 500 (in percent: 18.5 = 18.5%), got 0");
    }

    @Test
    void bidAndAskKeepAValidQuote() {
        Leg quoted = shortPut.withQuote(new Quote(21.2, 21.6));
        assertThat(LegEdits.apply(quoted, LegField.BID, "21.3").quote()).hasValue(new Quote(21.3, 21.6));
        assertThatThrownBy(() -> LegEdits.apply(quoted, LegField.BID, "22")).hasMessage("bid: must be <= ask (21.6), got 22");
        assertThatThrownBy(() -> LegEdits.apply(quoted, LegField.ASK, "21")).hasMessage("ask: must be >= bid (21.2), got 21");
        assertThat(LegEdits.apply(quoted, LegField.ASK, " ").quote()).isEqualTo(Optional.empty());
        assertThat(LegEdits.apply(shortPut, LegField.ASK, "21.5").quote()).hasValue(new Quote(21.5, 21.5));
    }
}
