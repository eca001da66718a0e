package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class InventoryTest {
    private static final Rack RACK = new TestDatacenter().rack;
    private static final HostModel MODEL = HostModels.TEN_CORES;
    private static final Hypervisor KVM = Hypervisors.KVM;
    private static final Host H1 = Host.builder("h1").model(MODEL).rack(RACK).hypervisor(KVM).build();
    private static final Workload A = Workload.builder("a").vcpus(1).cpuGhz(1).memoryGib(4).currentHost(H1).build();
    private static final Workload B = Workload.builder("b").vcpus(1).cpuGhz(1).memoryGib(4).build();

    private static Inventory.Builder small() {
        return Inventory.builder().name("small").sites(List.of(RACK.site())).racks(List.of(RACK))
                .hostModels(List.of(MODEL)).hypervisors(List.of(KVM)).hosts(List.of(H1)).workloads(List.of(A, B))
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
        Policy doubled = Policy.builder().cpuOvercommit(2).build();
        assertThat(inventory.withPolicy(doubled).policy().cpuOvercommit()).isEqualTo(2);
    }
}
