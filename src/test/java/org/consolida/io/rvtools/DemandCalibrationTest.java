package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.consolida.io.rvtools.OlderExports.row;

import java.nio.file.Path;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demand from every measurement an export has, most specific first: the VM's own, its host's load shared by vCPUs and
 * configured memory, its cluster's, then the fixed share. Host A: 16 cores × 2.5 GHz = 40 GHz and 256 GiB, at 30 % CPU
 * (12 GHz) and 50 % memory (128 GiB); host B in the same cluster reports no load.
 */
class DemandCalibrationTest {
    @TempDir
    Path dir;

    private static final List<Object> VINFO = row("VM", "Powerstate", "CPUs", "Memory", "Cluster", "Host");
    private static final List<Object> VHOST = row("Host", "Cluster", "Speed", "# CPU", "Cores per CPU", "# Memory",
            "CPU usage %", "Memory usage %");

    private Exports export(List<?>... vms) {
        return new Exports().tab("vInfo", VINFO, vms)
                .tab("vHost", VHOST, row("esxa.corp.local", "Prod", 2500, 1, 16, 262144, 30, 50),
                        row("esxb", "Prod", 2500, 1, 16, 262144, null, null),
                        row("esxc", "Other", 2000, 1, 8, 65536, null, null));
    }

    private RvToolsImport read(Exports export) {
        return RvToolsReader.read(export.xlsx(dir.resolve("export.xlsx")));
    }

    @Test
    void aHostsLoadIsSharedOverItsRunningVmsByVcpusAndConfiguredMemory() {
        RvToolsImport imported = read(export(row("vm1", "poweredOn", 2, 65536, "Prod", "esxa.corp.local"),
                row("vm2", "poweredOn", 6, 196608, "Prod", "ESXA.corp.local")));
        Inventory inventory = imported.inventory();

        // 12 GHz over 8 vCPUs; 128 GiB over 256 GiB configured: half of each VM's memory.
        assertThat(inventory.workload("vm1").cpuGhz()).isCloseTo(3.0, within(1e-9));
        assertThat(inventory.workload("vm2").cpuGhz()).isCloseTo(9.0, within(1e-9));
        assertThat(inventory.workload("vm1").memoryGib()).isCloseTo(32.0, within(1e-9));
        assertThat(inventory.workload("vm2").memoryGib()).isCloseTo(96.0, within(1e-9));
        assertThat(imported.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("host esxa.corp.local: demand of VMs without their own measurement calibrated from their "
                        + "host's load: CPU usage 30 % of 16 cores × 2.50 GHz = 12.0 GHz, shared by 2 VMs (vm1, vm2) "
                        + "over their 8 vCPUs: 1.500 GHz per vCPU; memory usage 50 % of 256 GiB = 128.0 GiB, over 2 "
                        + "VMs' 256.0 GiB configured: 50 % of it"));
    }

    @Test
    void measuredVmsKeepTheirFigureAndTheRestOfTheHostsLoadGoesToTheOthers() {
        Exports export = export(row("vm1", "poweredOn", 2, 65536, "Prod", "esxa.corp.local"),
                row("vm2", "poweredOn", 6, 196608, "Prod", "esxa.corp.local"))
                .tab("vCPU", row("VM", "CPUs", "Overall"), row("vm1", 2, 2000));

        Inventory inventory = read(export).inventory();

        assertThat(inventory.workload("vm1").cpuGhz()).isCloseTo(2.0, within(1e-9)); // vCPU Overall 2,000 MHz
        assertThat(inventory.workload("vm2").cpuGhz()).isCloseTo(10.0, within(1e-9)); // 12 − 2 GHz
    }

    @Test
    void vmsTheirHostDoesNotMeasureTakeTheirClustersRateAndTheRestTheFixedShare() {
        RvToolsImport imported = read(export(row("vm1", "poweredOn", 2, 65536, "Prod", "esxa"),
                row("vm2", "poweredOn", 6, 196608, "Prod", "esxa"),
                row("onB", "poweredOn", 4, 32768, "Prod", "esxb"),
                row("stopped", "poweredOff", 2, 16384, "prod", "gone.corp.local"),
                row("elsewhere", "poweredOn", 4, 8192, "Other", "esxc")));
        Inventory inventory = imported.inventory();

        // Cluster Prod: 12 GHz over the 8 vCPUs of esxa's running VMs = 1.5 GHz per vCPU; 128 of 256 GiB = 50 %.
        assertThat(inventory.workload("onB").cpuGhz()).isCloseTo(6.0, within(1e-9));
        assertThat(inventory.workload("onB").memoryGib()).isCloseTo(16.0, within(1e-9));
        // Powered off, its host unknown: vInfo's cluster "prod" (case ignored), what it would use once started.
        assertThat(inventory.workload("stopped").cpuGhz()).isCloseTo(3.0, within(1e-9));
        // Cluster Other reports no load: 25 % of 4 vCPUs × 2.0 GHz, configured memory.
        assertThat(inventory.workload("elsewhere").cpuGhz()).isCloseTo(2.0, within(1e-9));
        assertThat(inventory.workload("elsewhere").memoryGib()).isEqualTo(8.0);
        assertThat(imported.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("cluster Prod: demand of VMs measured neither themselves nor "
                        + "by their host calibrated from their cluster's: CPU 1.500 GHz per vCPU"))
                .anySatisfy(m -> assertThat(m).contains("1 VM (elsewhere): no measured CPU, neither its own"));
    }

    @Test
    void aShortHostNameMatchesAFullyQualifiedOneButNotAnAddress() {
        RvToolsImport imported = read(export(row("vm1", "poweredOn", 2, 65536, "Prod", "ESXA"),
                row("vm2", "poweredOn", 2, 65536, "Prod", "esxb.corp.local"),
                row("vm3", "poweredOn", 2, 65536, "Prod", "10.0.0.1")));

        assertThat(imported.inventory().workload("vm1").currentHost().id()).isEqualTo("esxa.corp.local");
        assertThat(imported.inventory().workload("vm2").currentHost().id()).isEqualTo("esxb");
        assertThat(imported.inventory().workload("vm3").currentHost()).isNull();
        assertThat(imported.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("host ESXA: not in vHost as written: matched to vHost's esxa.corp.local by its short name"));
    }
}
