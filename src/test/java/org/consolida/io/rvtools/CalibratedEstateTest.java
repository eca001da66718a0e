package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consolida.io.rvtools.OlderExports.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consolida.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The estate of issue 15, generated: six hosts of 2 × 8 cores at 2.0 GHz (32 GHz) and 512 GiB reporting 20 % to 40 %
 * CPU and 55 % memory in vHost, each running 21 VMs of 4 vCPUs and 16 GiB (one more, powered off), and no vCPU or
 * vMemory tab. At the fixed 25 % share the running VMs alone would ask 0.25 × 84 × 2.0 = 42 GHz of each host's 32:
 * 131 % of capacity. vInfo names the hosts by their short names, vHost by their full ones.
 */
class CalibratedEstateTest {
    @TempDir
    static Path dir;
    static Path export;

    @BeforeAll
    static void generate() {
        List<List<?>> vms = new ArrayList<>();
        List<List<?>> hosts = new ArrayList<>();
        for (int h = 1; h <= 6; h++) {
            String host = String.format("esx%02d", h);
            hosts.add(row(host + ".lab.local", "DC1", "Prod", 2000, 2, 8, 524288, 20 + 4 * (h - 1), 55, "Dell Inc.",
                    "PowerEdge R640", "Intel(R) Xeon(R) Gold 6134 CPU @ 3.20GHz"));
            for (int v = 1; v <= 22; v++) {
                vms.add(row(host + "-vm" + v, v == 22 ? "poweredOff" : "poweredOn", 4, 16384, 102400, "DC1", "Prod",
                        host));
            }
        }
        export = new Exports()
                .tab("vInfo", row("VM", "Powerstate", "CPUs", "Memory", "Provisioned MiB", "Datacenter", "Cluster",
                        "Host"), vms.toArray(List<?>[]::new))
                .tab("vHost", row("Host", "Datacenter", "Cluster", "Speed", "# CPU", "Cores per CPU", "# Memory",
                        "CPU usage %", "Memory usage %", "Vendor", "Model", "CPU Model"), hosts.toArray(List<?>[]::new))
                .xlsx(dir.resolve("estate.xlsx"));
    }

    @Test
    void validatesWithCpuDemandBelowCapacityAndSaysHowItWasCalibrated() throws Exception {
        CliRun run = CliRun.of("validate", export.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode cpu = new ObjectMapper().readTree(run.out()).get("resources").get(0);
        assertThat(cpu.get("name").asText()).isEqualTo("cpu");
        // Running VMs: the hosts' 20 … 40 % of 32 GHz = 57.6 GHz; each powered-off VM its cluster's rate per vCPU.
        double running = (0.20 + 0.24 + 0.28 + 0.32 + 0.36 + 0.40) * 32;
        double perVcpu = running / (6 * 21 * 4);
        assertThat(cpu.get("demand").asDouble()).isCloseTo(running + 6 * 4 * perVcpu,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(cpu.get("demand").asDouble()).isLessThan(0.4 * cpu.get("capacity").asDouble());
        assertThat(run.err()).contains("calibrated from their host's load: CPU usage 20 % of 16 cores × 2.00 GHz")
                .contains("cluster Prod: demand of VMs measured neither themselves nor by their host calibrated from "
                        + "their cluster's")
                .contains("matched to vHost's esx01.lab.local by its short name");
    }

    @Test
    void plansWithEveryPoweredOnWorkloadPlaced() throws Exception {
        Path out = dir.resolve("plan");
        CliRun run = CliRun.of("plan", export.toString(), "--out", out.toString(), "--seed", "1", "--time-limit", "1s",
                "--quiet");

        JsonNode plan = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
        assertThat(plan.path("unplaced")).as(run.err()).isEmpty();
        assertThat(plan.get("placements")).hasSize(6 * 22);
        assertThat(run.exitCode()).as(run.out()).isZero();
    }
}
