package org.condordesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** A live leg's quantity and entry come from its fills; plan and live legs keep to their scenario's status. */
class LiveLegTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final SpxOption PUT = new SpxOption(OptionRight.PUT, 7350, LocalDate.of(2026, 12, 9), Settlement.PM);

    private static Leg live(Fill... fills) {
        return Leg.live(PUT, List.of(fills), OptionalDouble.of(0.17), Optional.empty());
    }

    @Test
    void quantityAndEntryDeriveFromTheFills() {
        Leg leg = live(Fill.of(T0, -10, 21.40), Fill.of(T0.plusDays(1), 4, 12.00));
        assertThat(leg.quantity()).isEqualTo(-6);
        assertThat(leg.entryPrice()).isEqualTo(21.40);
        assertThat(leg.isLive()).isTrue();
        assertThat(leg.isClosed()).isFalse();
    }

    @Test
    void aFullyClosedLegHasQuantityZeroAndStays() {
        Leg leg = live(Fill.of(T0, -10, 21.40), Fill.of(T0.plusDays(1), 10, 12.00));
        assertThat(leg.quantity()).isZero();
        assertThat(leg.isClosed()).isTrue();
    }

    @Test
    void aTypedQuantityOrEntryThatDisagreesWithTheFillsIsRefused() {
        List<Fill> fills = List.of(Fill.of(T0, -10, 21.40));
        assertThatThrownBy(() -> new Leg(PUT, -9, 21.40, OptionalDouble.of(0.17), Optional.empty(), fills))
                .hasMessage("quantity: -9 is not the fills' open quantity -10 (a live leg's quantity comes from its fills)");
        assertThatThrownBy(() -> new Leg(PUT, -10, 21.00, OptionalDouble.of(0.17), Optional.empty(), fills))
                .hasMessageStartingWith("entryPrice: 21 is not the fills' average open price 21.4");
        assertThatThrownBy(() -> live(Fill.of(T0, -10, 21.40)).withQuantity(-5))
                .hasMessageStartingWith("quantity: a live leg's quantity comes from its fills");
    }

    @Test
    void fillsOutOfTimeOrderAreRefused() {
        assertThatThrownBy(() -> live(Fill.of(T0, -10, 21.40), Fill.of(T0.minusMinutes(1), 4, 12.00)))
                .hasMessage("fills[1].time: is before the previous fill's 2026-11-25T10:00 (fills are kept in time order)");
    }

    @Test
    void aPlanLegStillNeedsANonZeroQuantity() {
        assertThatThrownBy(() -> Leg.option(PUT, 0, 1, 0.2)).hasMessage("quantity: must not be 0");
        assertThatThrownBy(() -> Fill.of(T0, 0, 1)).hasMessage("quantity: must not be 0");
    }

    private static Scenario scenario(PositionStatus status, Layer layer, LocalDateTime valuation) {
        MarketSnapshot market = new MarketSnapshot(7600, 0.037, 0.012, 16.4, 18.6, List.of(), List.of(),
                SmileParameters.defaults());
        return new Scenario("S", "", List.of(), valuation, market, VolFactorModel.defaults(), List.of(), List.of(layer),
                AlvhRuleSet.defaults(), status);
    }

    @Test
    void aPlanRefusesFillsAndALivePositionRefusesLegsWithout() {
        Layer liveLayer = Layer.of("Core", LayerRole.CORE, List.of(live(Fill.of(T0, -10, 21.40))));
        Layer planLayer = Layer.of("Core", LayerRole.CORE, List.of(Leg.option(PUT, -10, 21.40, 0.17)));
        assertThatThrownBy(() -> scenario(PositionStatus.PLAN, liveLayer, T0))
                .hasMessage("layers[0].legs[0].fills: a plan's legs carry no fills (set status LIVE for a live position)");
        assertThatThrownBy(() -> scenario(PositionStatus.LIVE, planLayer, T0))
                .hasMessage("layers[0].legs[0].fills: is missing: every leg of a live position carries its fills");
        assertThat(scenario(PositionStatus.LIVE, liveLayer, T0).isLive()).isTrue();
    }

    @Test
    void aClosedLegOutlivesItsExpiryAndAnOpenOneDoesNot() {
        LocalDateTime afterExpiry = LocalDateTime.of(2026, 12, 10, 10, 0);
        Layer closed = Layer.of("Core", LayerRole.CORE, List.of(live(Fill.of(T0, -10, 21.40), Fill.of(T0.plusDays(1), 10, 1))));
        assertThat(scenario(PositionStatus.LIVE, closed, afterExpiry).layers()).hasSize(1);
        Layer open = Layer.of("Core", LayerRole.CORE, List.of(live(Fill.of(T0, -10, 21.40))));
        assertThatThrownBy(() -> scenario(PositionStatus.LIVE, open, afterExpiry))
                .hasMessageEndingWith("(close it at its settlement value)");
    }

    @Test
    void aLiveLayerHoldsRealContractsAtSizeOne() {
        Layer layer = Layer.of("Core", LayerRole.CORE, List.of(live(Fill.of(T0, -10, 21.40))));
        assertThatThrownBy(() -> layer.withSize(2))
                .hasMessageStartingWith("sizeMultiplier: must be 1 for a layer of a live position");
        assertThat(layer.withEnabled(false).weight()).isZero();
    }

    @Test
    void vxmIsATenthOfAVx() {
        LocalDate jan = LocalDate.of(2027, 1, 20);
        assertThat(VixFuture.mini(jan).multiplier()).isEqualTo(100);
        assertThat(new VixFuture(jan).multiplier()).isEqualTo(1000);
        assertThat(VixFuture.mini(jan).expiryTime()).isEqualTo(new VixFuture(jan).expiryTime());
        assertThat(VixFuture.mini(jan).label()).isEqualTo("VXM 2027-01-20");
    }
}
