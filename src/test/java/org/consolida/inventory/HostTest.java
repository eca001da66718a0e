package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class HostTest {
    private static final Rack RACK = new TestDatacenter().rack;
    private static final HostModel MODEL = HostModels.TEN_CORES;
    private static final Hypervisor KVM = Hypervisors.KVM;

    @Test
    void builderPutsAHostInNoClusterAndOnByDefault() {
        Host host = Host.builder("h1").model(MODEL).rack(RACK).hypervisor(KVM).build();
        assertThat(host).isEqualTo(new Host("h1", MODEL, RACK, "", KVM, HostState.ON));
    }

    @Test
    void builderNeedsModelRackAndHypervisor() {
        assertThatThrownBy(() -> Host.builder("h1").rack(RACK).hypervisor(KVM).build())
                .hasMessage("model must be given");
    }

    @Test
    void toBuilderChangesOneThing() {
        Host host = new Host("h1", MODEL, RACK, "prod", KVM, HostState.ON);
        assertThat(host.toBuilder().build()).isEqualTo(host);
        assertThat(host.toBuilder().state(HostState.MAINTENANCE).build())
                .isEqualTo(new Host("h1", MODEL, RACK, "prod", KVM, HostState.MAINTENANCE));
    }
}
