package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostTest {
    private static final Site SITE = new Site("s1", 1.2, 0.2, 300, 1000);
    private static final Rack RACK = new Rack("r1", SITE, 42, 10);
    private static final HostModel MODEL = new HostModel("m", "", "", 1, 8, 2, 64, 0, 10, 1, PowerCurve.linear(90, 200));
    private static final Hypervisor KVM = new Hypervisor("kvm", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true,
            true, 5, 2);

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
