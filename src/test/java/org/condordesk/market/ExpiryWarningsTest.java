package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.junit.jupiter.api.Test;

class ExpiryWarningsTest {

    private static Leg spx(LocalDate expiry, Settlement settlement) {
        return Leg.option(new SpxOption(OptionRight.PUT, 7000, expiry, settlement), 1, 1, 0.2);
    }

    @Test
    void theSamplesExpiriesAreAllListed() {
        assertThat(ExpiryWarnings.of(Fixtures.hedged())).isEmpty();
    }

    @Test
    void impossibleExpiriesFromTheIssueAreFlagged() {
        // Issue 13, item 8: an SPXW on Saturday 2026-12-12 or Christmas, an AM SPX on a Wednesday, a VIX option on a Friday.
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 12, 12), Settlement.PM))).hasValueSatisfying(
                m -> assertThat(m).startsWith("2026-12-12 is a Saturday"));
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 12, 25), Settlement.PM))).hasValueSatisfying(
                m -> assertThat(m).contains("exchange holiday (Christmas Day)"));
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 12, 16), Settlement.AM))).hasValueSatisfying(
                m -> assertThat(m).contains("third Friday (2026-12-18 this month)"));
        Leg vixFriday = Leg.option(new VixOption(OptionRight.CALL, 20, LocalDate.of(2026, 12, 18)), 1, 1, 0.9);
        assertThat(ExpiryWarnings.of(vixFriday)).hasValueSatisfying(
                m -> assertThat(m).contains("not a VIX settlement day").contains("2026-12-16"));
    }

    @Test
    void listedExpiriesPass() {
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 12, 18), Settlement.AM))).isEmpty();
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 12, 16), Settlement.PM))).isEmpty();   // SPXW dailies
        // April 2026: the third Friday, 17 April, is no holiday; Good Friday was 3 April.
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 4, 17), Settlement.AM))).isEmpty();
        // June 2026: the third Friday is Juneteenth (19 June), so the AM series expires Thursday 18 June.
        assertThat(ExpiryWarnings.of(spx(LocalDate.of(2026, 6, 18), Settlement.AM))).isEmpty();
        assertThat(ExpiryWarnings.of(Leg.linear(new VixFuture(LocalDate.of(2026, 5, 19)), 1, 18))).isEmpty();
        assertThat(ExpiryWarnings.of(Leg.linear(new VixEtf("VXX", 30, 1), 1, 40))).isEmpty();
    }

    @Test
    void warningsNameTheJsonPath() {
        Layer odd = Layer.of("Odd", LayerRole.HEDGE, List.of(Leg.linear(new VixFuture(LocalDate.of(2026, 12, 18)), 1, 18)));
        List<InputWarning> warnings = ExpiryWarnings.of(Fixtures.hedged().plusLayer(odd));
        assertThat(warnings).extracting(InputWarning::path).containsExactly("layers[3].legs[0].expiry");
    }
}
