package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SideWidthsTest {

    @Test
    void atALaptopTheSidesTakeTheirLaptopWidths() {
        SideWidths sides = SideWidths.forWidth(1280);
        assertThat(sides.left()).isEqualTo(250);
        assertThat(sides.right()).isEqualTo(272);
        assertThat(sides.middle(1280)).isEqualTo(758);
    }

    @Test
    void aWideScreenWidensTheLeftColumnMostAndTheMiddleMore() {
        // 1600: left 250 + 0.3 × 320 = 346, right 272 + 0.1 × 320 = 304, middle 1600 − 650 = 950.
        SideWidths at1600 = SideWidths.forWidth(1600);
        assertThat(at1600.left()).isEqualTo(346, within(1e-9));
        assertThat(at1600.right()).isEqualTo(304, within(1e-9));
        // 1920: left 250 + 0.3 × 640 = 442, held at 440; right 272 + 64 = 336.
        SideWidths at1920 = SideWidths.forWidth(1920);
        assertThat(at1920.left()).isEqualTo(440);
        assertThat(at1920.right()).isEqualTo(336, within(1e-9));
        assertThat(at1920.middle(1920)).isGreaterThan(at1600.middle(1600));
    }

    @Test
    void belowALaptopTheSidesGiveWayFirstDownToTheirMinimums() {
        SideWidths at1100 = SideWidths.forWidth(1100);
        // 250 − 0.25 × 180 = 205 → 210; 272 − 0.15 × 180 = 245 → 250.
        assertThat(at1100.left()).isEqualTo(210);
        assertThat(at1100.right()).isEqualTo(250);
        SideWidths at1200 = SideWidths.forWidth(1200);
        // The middle lost 80 − (20 + 12) = 48 px of the 80, the sides the rest.
        assertThat(at1200.left()).isEqualTo(230, within(1e-9));
        assertThat(at1200.right()).isEqualTo(260, within(1e-9));
    }

    @Test
    void dividerPositionsPutTheSidesAtTheirWidths() {
        double[] positions = SideWidths.forWidth(1600).dividerPositions(1600);
        assertThat(positions[0] * 1600).isEqualTo(346, within(1e-9));
        assertThat((1 - positions[1]) * 1600).isEqualTo(304, within(1e-9));
    }
}
