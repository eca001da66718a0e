package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives the same inventory, in both formats, and the same bytes every time. */
class InventoryRoundTripTest {
    @TempDir
    Path dir;

    /** The example inventory with the cases a writer can get wrong: an unplaced workload, a flat profile, odd numbers. */
    static Inventory varied() {
        Inventory example = Template.exampleInventory();
        Workload web = example.workload("web-01");
        Workload loose = Workload.builder("batch-07").kind(org.consolida.inventory.WorkloadKind.CONTAINER).vcpus(1)
                .cpuGhz(1.0 / 3).memoryGib(0.5).virtualization(org.consolida.inventory.VirtualizationMode.FULL).build();
        return example.withWorkloads(List.of(web, example.workload("db-01"), loose))
                .withPolicy(org.consolida.inventory.Policy.builder().cpuOvercommit(1.25).maxUtilization(0.7)
                        .failover(org.consolida.inventory.FailoverPolicy.N_PLUS_1).currency("USD")
                        .rackUnitCostPerYear(99.5).migrationCostPerGib(0.1).trafficCostHost(1).trafficCostRack(2)
                        .trafficCostSite(3).headroomCostPerPct(4).vdiMinNicGbps(25).allowColdMigration(true)
                        .throughputTarget(0.95).build());
    }

    @Test
    void xlsxToJsonToXlsxKeepsTheInventoryEqual() {
        Path xlsx = dir.resolve("a.xlsx");
        Path json = dir.resolve("a.json");
        Path again = dir.resolve("b.xlsx");
        Inventories.write(varied(), xlsx);

        assertThat(CliRun.of("convert", xlsx.toString(), json.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.of("convert", json.toString(), again.toString()).exitCode()).isEqualTo(ExitCode.OK);

        assertThat(Inventories.read(json)).isEqualTo(varied());
        assertThat(Inventories.read(again)).isEqualTo(Inventories.read(xlsx)).isEqualTo(varied());
    }

    @Test
    void theSameInventoryWritesTheSameBytes() throws IOException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        Inventories.write(varied(), first);
        Inventories.write(varied(), second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        // the clock must not reach the bytes: every entry carries the one fixed time, whenever it was written
        try (var zip = new ZipFile(first.toFile())) {
            assertThat(Collections.list(zip.entries())).isNotEmpty().allSatisfy(entry ->
                    assertThat(entry.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2020, 1, 1, 0, 0)));
        }
    }

    @Test
    void jsonHasTheDocumentedTopLevelKeys() throws IOException {
        Path json = dir.resolve("keys.json");
        Inventories.write(varied(), json);

        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(root.fieldNames()).toIterable().containsExactly("sites", "racks", "hostModels", "hypervisors",
                "hosts", "workloads", "flows", "profiles", "policy");
        assertThat(root.get("policy").get("failover").asText()).isEqualTo("n+1");
        assertThat(root.get("workloads").get(0).get("memory_gib").asDouble()).isEqualTo(16);
    }

    @Test
    void aFailedWriteLeavesTheOldFileInPlace() throws IOException {
        Path target = Files.writeString(dir.resolve("keep.json"), "old");

        try {
            AtomicFiles.write(target, out -> {
                out.write("half".getBytes());
                throw new IOException("disk full");
            });
        } catch (java.io.UncheckedIOException expected) {
            // the write fails, as it should
        }

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
