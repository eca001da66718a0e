package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class InventoryTest {
    private static final Site SITE = new Site("s1", 1.2, 0.2, 300, 1000);
    private static final Rack RACK = new Rack("r1", SITE, 42, 10);
    private static final HostModel MODEL = new HostModel("m", "", "", 1, 8, 2, 64, 0, 10, 1, PowerCurve.linear(90, 200));
    private static final Hypervisor KVM = new Hypervisor("kvm", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true,
            true, 5, 2);
    private static final Host H1 = Host.builder("h1").model(MODEL).rack(RACK).hypervisor(KVM).build();
    private static final Workload A = Workload.builder("a").vcpus(1).cpuGhz(1).memoryGib(4).currentHost(H1).build();
    private static final Workload B = Workload.builder("b").vcpus(1).cpuGhz(1).memoryGib(4).build();

    private static Inventory.Builder small() {
        return Inventory.builder().name("small").sites(List.of(SITE)).racks(List.of(RACK)).hostModels(List.of(MODEL))
                .hypervisors(List.of(KVM)).hosts(List.of(H1)).workloads(List.of(A, B))
                .flows(List.of(new Flow(A, B, 10)));
    }

    @Test
    void builderFillsWhatItIsNotToldWithEmptyListsAndTheDefaultPolicy() {
        Inventory inventory = Inventory.builder().build();
        assertThat(inventory.name()).isEqualTo("inventory");
        assertThat(inventory.hosts()).isEmpty();
        assertThat(inventory.policy()).isEqualTo(Policy.defaults());
        assertThat(small().build().workloadsOn(H1)).containsExactly(A);
    }

    @Test
    void builderChecksReferencesOnBuild() {
        assertThatThrownBy(() -> small().hosts(List.of()).build())
                .hasMessage("workload a runs on unknown host h1");
    }

    @Test
    void toBuilderCopiesEveryElement() {
        Inventory inventory = small().policy(Policy.builder().currency("USD").build()).build();
        Inventory copy = inventory.toBuilder().build();
        assertThat(copy).isEqualTo(inventory);
        assertThat(copy.name()).isEqualTo("small");
        assertThat(copy.flows()).isEqualTo(inventory.flows());
    }

    @Test
    void withWorkloadsDropsTheFlowsOfRemovedWorkloads() {
        Inventory inventory = small().build().withWorkloads(List.of(A));
        assertThat(inventory.workloads()).containsExactly(A);
        assertThat(inventory.flows()).isEmpty();
        assertThat(inventory.withPolicy(Policy.builder().cpuOvercommit(2).build()).policy().cpuOvercommit()).isEqualTo(2);
    }
}
