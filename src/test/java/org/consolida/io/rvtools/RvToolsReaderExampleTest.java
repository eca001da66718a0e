package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real export datasets/rvtools/example1.xlsx; expected figures were read from the workbook by hand. */
class RvToolsReaderExampleTest {
    static final Path EXAMPLE = Path.of("datasets/rvtools/example1.xlsx");
    static RvToolsImport imported;

    @BeforeAll
    static void read() {
        imported = RvToolsReader.read(EXAMPLE);
    }

    @Test
    void recognisesTheWorkbookAsAnRvToolsExport() {
        assertThat(RvToolsReader.isRvTools(EXAMPLE)).isTrue();
        assertThat(RvToolsReader.isRvTools(Path.of("datasets/power/modern-servers.csv"))).isFalse();
    }

    @Test
    void importsSevenHostsAndNineVmsStoppingAtTheFirstEmptyRow() {
        Inventory inventory = imported.inventory();
        // vHost rows 2–8 and vInfo rows 2–10; both tabs go on with empty formatted rows (vInfo claims A1:CL1048576)
        assertThat(inventory.hosts()).hasSize(7);
        assertThat(inventory.workloads()).hasSize(9);
        assertThat(imported.counts().vmRows()).isEqualTo(9);
        assertThat(imported.counts().poweredOff()).isEqualTo(6); // vInfo B2, B3, B5, B6, B7, B8
        assertThat(imported.counts().templates()).isZero();
    }

    @Test
    void mapsAHostsCoresMemoryAndClock() {
        Host host = imported.inventory().host("10.17.135.71"); // vHost row 2
        assertThat(host.model().sockets()).isEqualTo(2); // vHost!M2 "# CPU"
        assertThat(host.model().coresPerSocket()).isEqualTo(16); // vHost!N2 "Cores per CPU"
        assertThat(host.model().coreGhz()).isCloseTo(2.295, within(1e-9)); // vHost!J2 "Speed" 2295 MHz
        assertThat(host.model().memoryGib()).isCloseTo(261_797 / 1024.0, within(1e-9)); // vHost!Q2 "# Memory" MiB
        assertThat(host.model().vendor()).isEqualTo("HPE"); // vHost!AV2
        assertThat(host.model().cpuVendor()).isEqualTo("Intel"); // vHost!I2
        assertThat(host.state()).isEqualTo(HostState.ON); // vHost!F2 False
        assertThat(host.site().id()).isEqualTo("Datacenter"); // vHost!B2
        assertThat(host.cluster()).isEqualTo("Cluster"); // vHost!C2
        assertThat(host.hypervisor().family()).isEqualTo("vmware");
        assertThat(imported.hostLoads().get("10.17.135.71")).isEqualTo(new HostLoad(14.0, 36.0)); // vHost!P2, S2
    }

    @Test
    void sevenIdenticalHostsShareOneModelWithTheSpecPowerCurveOfTheirCpu() {
        assertThat(imported.inventory().hostModels()).hasSize(1);
        // Xeon Gold 5218, 2 sockets: SPECpower result power_ssj2008-20210728-01121 (Inspur NF5280M5), 114–367 W
        assertThat(imported.inventory().hostModels().get(0).powerCurve().idleWatts()).isEqualTo(114);
        assertThat(imported.inventory().hostModels().get(0).powerCurve().maxWatts()).isEqualTo(367);
    }

    @Test
    void mapsAPoweredOnVmsVcpusMemoryStorageAndMeasuredDemand() {
        Workload vm = imported.inventory().workload("vm-3"); // vInfo row 4
        assertThat(vm.vcpus()).isEqualTo(3); // vInfo!P4 "CPUs"
        // vMemory!I4 "Consumed" 3103 MiB is below vInfo!R4 "Memory" 3526 MiB: consumed is the demand
        assertThat(vm.memoryGib()).isCloseTo(3103 / 1024.0, within(1e-9));
        assertThat(vm.storageGib()).isCloseTo(531_343 / 1024.0, within(1e-9)); // vInfo!AY4 "Provisioned MiB"
        assertThat(vm.cpuGhz()).isCloseTo(0.091, within(1e-9)); // vCPU!I4 "Overall" 91 MHz
        assertThat(vm.os()).isEqualTo("Debian GNU/Linux 9 (64-bit)"); // vInfo!BU4, VMware Tools
    }

    @Test
    void aPoweredOffVmKeepsItsConfiguredMemoryAndADefaultCpuShare() {
        Workload vm = imported.inventory().workload("vm-1"); // vInfo row 2
        assertThat(vm.vcpus()).isEqualTo(1); // vInfo!P2
        assertThat(vm.memoryGib()).isCloseTo(2224 / 1024.0, within(1e-9)); // vInfo!R2
        assertThat(vm.storageGib()).isCloseTo(105_742 / 1024.0, within(1e-9)); // vInfo!AY2
        // 25 % of 1 vCPU at the vHost mean clock (every host 2295 MHz): its host 10.185.26.9 is not in vHost
        assertThat(vm.cpuGhz()).isCloseTo(0.25 * 2.295, within(1e-9));
        assertThat(vm.os()).isEqualTo("Amazon Linux 2 (64-bit)"); // vInfo!BT2, configuration file
    }

    @Test
    void aVmWithBlankFiguresInVInfoTakesThemFromTheOtherTabs() {
        Workload vm = imported.inventory().workload("vm-9"); // vInfo row 10: only VM, Powerstate, … PowerOn filled
        assertThat(vm.vcpus()).isEqualTo(18); // vCPU!E10
        assertThat(vm.memoryGib()).isEqualTo(40.0); // vMemory!E10 40960 MiB (Consumed 41136 is capped to it)
        assertThat(vm.storageGib()).isEqualTo(100.0); // vDisk!I10 102400 MiB
        assertThat(vm.cpuGhz()).isCloseTo(3.58, within(1e-9)); // vCPU!I10 3580 MHz
        assertThat(vm.currentHost()).isNull();
    }

    @Test
    void vmsWhoseHostIsNotInVHostAreUnplacedAndSaidSo() {
        // the example is anonymised: vInfo's hosts (BS2…BS9) are none of vHost's
        assertThat(imported.inventory().workloads()).allMatch(w -> w.currentHost() == null);
        assertThat(imported.counts().unplaced()).isEqualTo(9);
        assertThat(imported.counts().hostsWithoutVms()).isEqualTo(7);
        assertThat(imported.assumptions()).anySatisfy(a -> {
            assertThat(a.subject()).isEqualTo("host 10.5.126.198");
            assertThat(a.applied()).contains("6 VMs").contains("not in vHost");
        });
    }

    @Test
    void reportsEveryDefaultItApplied() {
        assertThat(imported.assumptions()).extracting(Assumption::subject)
                .contains("site Datacenter", "rack unassigned-1", "policy", "hypervisor ESXi");
        assertThat(imported.assumptions()).filteredOn(a -> a.subject().equals("rack unassigned-1")).singleElement()
                .satisfies(a -> assertThat(a.applied()).contains("7 hosts", "42 U", "10.0 kW"));
        assertThat(imported.problems()).allMatch(p -> !p.isError());
    }

    @Test
    void keepsVmDetailsTheModelHasNoFieldFor() {
        VmDetails vm3 = imported.vmDetails().get("vm-3");
        assertThat(vm3.networks()).containsExactly("VM Network"); // vInfo!AD4 "Network #1"
        assertThat(vm3.partitionConsumedGib()).isCloseTo(701 / 1024.0, within(1e-9)); // vPartition!H4
        assertThat(vm3.uuid()).isEqualTo("500b4793-2a7b-f692-073b-a400ac8fccce"); // vInfo!BY4
    }

    @Test
    void dropsPoweredOffVmsWhenAskedAndStillCountsThem() {
        RvToolsImport on = RvToolsReader.read(EXAMPLE, null, RvToolsOptions.defaults().withKeepPoweredOff(false));
        assertThat(on.inventory().workloads()).extracting(Workload::id).containsExactly("vm-3", "vm-8", "vm-9");
        assertThat(on.counts().poweredOff()).isEqualTo(6);
        assertThat(on.counts().poweredOffDropped()).isEqualTo(6);
    }
}
