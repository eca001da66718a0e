package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostModelTest {
    private static final PowerCurve CURVE = PowerCurve.linear(120, 450);

    @Test
    void builderDefaultsAreTheBlankColumnsOfTheHostModelsSheet() {
        HostModel built = HostModel.builder("R760").sockets(2).coresPerSocket(32).coreGhz(2.4).memoryGib(1024)
                .rackUnits(2).powerCurve(CURVE).build();
        assertThat(built).isEqualTo(new HostModel("R760", "", "", 2, 32, 2.4, 1024, 0, 10, 2, CURVE));
        assertThat(built.cpuGhz()).isEqualTo(153.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void builderLeavesCapacityWithoutDefaultSoAForgottenFigureIsRejected() {
        assertThatThrownBy(() -> HostModel.builder("m").coresPerSocket(8).coreGhz(2).memoryGib(64).rackUnits(1)
                .powerCurve(CURVE).build()).hasMessage("sockets must be > 0, was 0");
        assertThatThrownBy(() -> HostModel.builder("m").sockets(1).coresPerSocket(8).coreGhz(2).memoryGib(64)
                .rackUnits(1).build()).hasMessage("power curve must be given");
    }

    @Test
    void toBuilderMakesAVariant() {
        HostModel intel = new HostModel("r650", "Dell", "Intel", 2, 24, 2.4, 768, 8000, 25, 1, CURVE);
        assertThat(intel.toBuilder().build()).isEqualTo(intel);
        HostModel amd = intel.toBuilder().id("r6525").cpuVendor("AMD").coresPerSocket(32).build();
        assertThat(amd).isEqualTo(new HostModel("r6525", "Dell", "AMD", 2, 32, 2.4, 768, 8000, 25, 1, CURVE));
    }
}
