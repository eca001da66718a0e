package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static final Rack RACK = new TestDatacenter().rack;
    private static final HostModel MODEL = HostModels.TEN_CORES;
    private static final Hypervisor KVM = Hypervisors.KVM;
    private static final Host HOST = Host.builder("h1").model(MODEL).rack(RACK).hypervisor(KVM).build();

    @Test
    void builderDefaultsAreTheBlankColumnsOfTheWorkloadsSheet() {
        Workload built = Workload.builder("w1").vcpus(2).cpuGhz(1.5).memoryGib(8).build();
        Workload blanks = new Workload("w1", WorkloadKind.VM, 2, 1.5, 8, 0, null, VirtualizationMode.ANY, null, false,
                null, null, null, 0, null, null);
        assertThat(built).isEqualTo(blanks);
        assertThat(built.spread()).isEqualTo(SpreadScope.HOST);
        assertThat(built.criticality()).isEqualTo(Criticality.NORMAL);
        assertThat(built.remoteAccess()).isEqualTo(RemoteAccess.NONE);
        assertThat(built.profile()).isEqualTo(DemandProfile.flat());
    }

    @Test
    void builderSetsEveryComponent() {
        DemandProfile office = new DemandProfile("office", Collections.nCopies(24, 0.5));
        Workload built = Workload.builder("vdi-7").kind(WorkloadKind.VDI).vcpus(4).cpuGhz(2.5).memoryGib(16)
                .storageGib(80).os("windows").virtualization(VirtualizationMode.FULL).currentHost(HOST).pinned(true)
                .group("desk").spread(SpreadScope.RACK).criticality(Criticality.HIGH).opsPerSec(40).profile(office)
                .remoteAccess(RemoteAccess.RDP).build();
        assertThat(built).isEqualTo(new Workload("vdi-7", WorkloadKind.VDI, 4, 2.5, 16, 80, "windows",
                VirtualizationMode.FULL, HOST, true, "desk", SpreadScope.RACK, Criticality.HIGH, 40, office,
                RemoteAccess.RDP));
    }

    @Test
    void builderLeavesSizesWithoutDefaultSoAForgottenOneIsRejected() {
        assertThatThrownBy(() -> Workload.builder("w").cpuGhz(1).memoryGib(4).build())
                .hasMessage("vcpus must be > 0, was 0");
        assertThatThrownBy(() -> Workload.builder("w").vcpus(1).memoryGib(4).build())
                .hasMessageStartingWith("cpu_ghz must be a finite number >= 0");
        assertThatThrownBy(() -> Workload.builder("w").vcpus(1).cpuGhz(1).build())
                .hasMessageStartingWith("memory_gib must be a finite number > 0");
    }

    @Test
    void builderKeepsTheRecordsChecks() {
        assertThatThrownBy(() -> Workload.builder("w").vcpus(1).cpuGhz(1).memoryGib(4).pinned(true).build())
                .hasMessageContaining("pinned workload needs a current_host");
    }

    @Test
    void toBuilderCopiesEverythingAndChangesOnlyWhatItIsTold() {
        Workload original = Workload.builder("db").vcpus(8).cpuGhz(6).memoryGib(64).storageGib(500).os("linux")
                .currentHost(HOST).pinned(true).group("db").criticality(Criticality.HIGH).opsPerSec(300).build();
        assertThat(original.toBuilder().build()).isEqualTo(original);
        Workload grown = original.toBuilder().memoryGib(96).build();
        assertThat(grown.memoryGib()).isEqualTo(96);
        assertThat(grown).isEqualTo(new Workload("db", WorkloadKind.VM, 8, 6, 96, 500, "linux", VirtualizationMode.ANY,
                HOST, true, "db", SpreadScope.HOST, Criticality.HIGH, 300, null, null));
        assertThat(List.of(original.toBuilder().id("db-2").build().id())).containsExactly("db-2");
    }
}
