package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.inventory.Policy;
import org.consolida.io.Inventories;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code --history} on the commands, end to end: one host of 10 GHz (10 cores × 1 GHz) and 64 GiB, so that a planned
 * CPU demand reads off the host's utilisation in plan.json. Percentiles by hand: nearest rank, ⌈p/100 · n⌉-th smallest.
 */
class HistoryCommandsTest {
    @TempDir
    Path dir;
    Path inventory;
    Path out;

    @BeforeEach
    void writeInventory() {
        // "web" and "db": 2 vCPUs, 3 GHz and 8 GiB in the inventory, on h1 today.
        inventory = dir.resolve("estate.json");
        Inventories.write(new TestDatacenter().withHosts("h1").withVm("web", 3, 8, "h1").withVm("db", 3, 8, "h1")
                .inventory("estate"), inventory);
        out = dir.resolve("out");
    }

    private Path vCenterCsv() throws Exception {
        List<String> lines = new ArrayList<>(List.of("timestamp,entity,metric,value"));
        LocalDateTime start = LocalDateTime.of(2025, 3, 3, 10, 0);
        for (int i = 0; i < 20; i++) {
            String at = start.plusMinutes(5L * i).toString();
            lines.add(at + ",web,cpu.usagemhz.average," + 50 * (i + 1)); // 50 … 1,000 MHz: p95 950
            lines.add(at + ",web,mem.consumed.average," + (i < 10 ? 2097152 : 3145728)); // 2 then 3 GiB: max 3
            lines.add(at + ",db,cpu.usage.average," + (i == 19 ? 90 : 20)); // 20 % of 2 × 1 GHz, p95 of 20 samples
        }
        Path csv = dir.resolve("vcenter.csv");
        Files.write(csv, lines);
        return csv;
    }

    private JsonNode planJson() throws Exception {
        return new ObjectMapper().readTree(out.resolve("plan.json").toFile());
    }

    /**
     * The share of h1's 10 GHz that guests demanding these MHz take: each grossed up by the KVM hypervisor's 2 %
     * paravirtualised overhead (MachineModel.hostGhz) and rounded up to a whole MHz, as the planner counts it.
     */
    private static double hostShare(double... guestMhz) {
        double mhz = 0;
        for (double demand : guestMhz) {
            mhz += Math.ceil(demand / (1 - Hypervisors.KVM.overheadParaPct() / 100) - 1e-6);
        }
        return mhz / 10_000;
    }

    private static JsonNode host(JsonNode plan, String id) {
        for (JsonNode host : plan.get("hosts")) {
            if (host.get("host").asText().equals(id)) {
                return host;
            }
        }
        throw new AssertionError("no host " + id);
    }

    @Test
    void planFromAVCenterExportPlansEachWorkloadAtItsNinetyFifthPercentile() throws Exception {
        CliRun run = CliRun.of("plan", inventory.toString(), "--history", vCenterCsv().toString(), "--out",
                out.toString(), "--seed", "1", "--time-limit", "1s", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode plan = planJson();
        // web 0.95 GHz (19th of 50 … 1,000 MHz) + db 0.4 GHz (20 % of 2 vCPUs × 1 GHz; the one 90 % sample is the
        // 20th of 20, above the 19th) on the 10 GHz host. Before the history both were 3 GHz: 0.6.
        assertThat(host(plan, "h1").get("after").get("cpu").asDouble()).isCloseTo(hostShare(950, 400), within(1e-4));
        // Memory planned at its peak: 3 + 8 GiB (db has no memory samples) of 64 GiB.
        assertThat(host(plan, "h1").get("after").get("memory").asDouble()).isCloseTo(11.0 / 64, within(1e-4));
        assertThat(plan.get("warnings").toString()).contains("2 of 2 workloads planned from their history, "
                + "CPU p95 × 1.0, memory max");
        // web: a 1 GHz peak runs on one 1 GHz core (2 vCPUs ≥ 2 × 1); 8 GiB against a 3 GiB peak: 4 GiB (3 × 1.2,
        // rounded up). db's 1.8 GHz peak needs both its vCPUs and it has no memory samples: no suggestion.
        assertThat(plan.get("rightSizing").get("vcpusFreed").asInt()).isEqualTo(1);
        assertThat(plan.get("rightSizing").get("memoryGibFreed").asDouble()).isEqualTo(4.0);
        assertThat(plan.get("findings").toString()).contains("SIZE-001").contains("resize to 1 vCPUs and 4 GiB");
        // The page and the workbook say the same: the finding with its size, and what right-sizing frees.
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("resize to 1 vCPUs and 4 GiB, freeing 1 vCPUs and 4 GiB of memory")
                .contains("Right-sizing: right-sizing 1 workload to their measured use would free 1 vCPUs and 4.0 GiB");
        assertThat(workbookText(out.resolve("plan.xlsx"))).contains("resize to 1 vCPUs and 4 GiB")
                .contains("right-sizing 1 workload to their measured use would free 1 vCPUs and 4.0 GiB of memory");
    }

    /** Every text cell of every sheet of a workbook, one string. */
    private static String workbookText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void thePolicySheetSetsThePercentileAndTheHeadroom() throws Exception {
        Inventories.write(new TestDatacenter().withHosts("h1").withVm("web", 3, 8, "h1").withVm("db", 3, 8, "h1")
                .policy(Policy.builder().historyCpuPercentile(50).historyCpuHeadroom(1.2).build())
                .inventory("estate"), inventory);

        CliRun run = CliRun.of("plan", inventory.toString(), "--history", vCenterCsv().toString(), "--out",
                out.toString(), "--seed", "1", "--time-limit", "1s", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // p50 of 20 samples is the 10th smallest: web 500 MHz, db 20 % of 2 GHz = 0.4 GHz; both × 1.2.
        assertThat(host(planJson(), "h1").get("after").get("cpu").asDouble()).isCloseTo(hostShare(600, 480), within(1e-4));
        assertThat(run.err()).contains("CPU p50 × 1.2, memory max");
    }

    @Test
    void sizingPeakPlansForTheObservedPeak() throws Exception {
        CliRun run = CliRun.of("plan", inventory.toString(), "--history", vCenterCsv().toString(), "--sizing", "peak",
                "--out", out.toString(), "--seed", "1", "--time-limit", "1s", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // web 1.0 GHz, db 90 % of 2 GHz = 1.8 GHz.
        assertThat(host(planJson(), "h1").get("after").get("cpu").asDouble()).isCloseTo(hostShare(1000, 1800), within(1e-4));
    }

    @Test
    void planFromAPlanetLabFolderTakesTracesAsPercentOfEachWorkloadsCpu() throws Exception {
        Path traces = Files.createDirectory(dir.resolve("traces"));
        StringBuilder web = new StringBuilder();
        StringBuilder db = new StringBuilder();
        for (int i = 0; i < 288; i++) {
            web.append(i < 274 ? 10 : 60).append('\n'); // p95 = the 274th smallest = 10 % of 3 GHz
            db.append(i < 273 ? 10 : 60).append('\n');  // one more at 60 %: p95 = 60 % of 3 GHz
        }
        Files.writeString(traces.resolve("web"), web);
        Files.writeString(traces.resolve("db"), db);

        CliRun run = CliRun.of("plan", inventory.toString(), "--history", traces.toString(), "--out", out.toString(),
                "--seed", "1", "--time-limit", "1s", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(host(planJson(), "h1").get("after").get("cpu").asDouble()).isCloseTo(hostShare(300, 1800), within(1e-4));
        // Exit 0: the simulated day replays the traces, and web's 14 steps at 1.8 GHz, above its 0.3 planned, fit.
    }

    @Test
    void badHistoryRowsExitTwoWithFileAndLineAndWriteNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "timestamp,entity,metric,value\n2025-03-03T10:00:00,web,cpu.usagemhz.average,100\n"
                + "2025-03-03T10:05:00,web,cpu.usagemhz.average,-5\n2025-03-03T10:05:00,ghost,cpu.usagemhz.average,1\n");

        CliRun run = CliRun.of("plan", inventory.toString(), "--history", csv.toString(), "--out", out.toString(),
                "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(csv + ": line 3: value -5 is negative; cpu.usagemhz.average "
                + "cannot be");
        assertThat(out.resolve("plan.json")).doesNotExist();

        Files.writeString(csv, "timestamp,entity,metric,value\n2025-03-03T10:00:00,ghost,cpu.usagemhz.average,1\n");
        CliRun unknown = CliRun.of("validate", inventory.toString(), "--history", csv.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.errLines()).containsExactly(csv + ": line 2: entity \"ghost\" is not a workload of estate:"
                + " name it as the inventory does, or leave its samples out");
    }

    @Test
    void validateSummarisesTheDemandPlannedFromTheHistory() throws Exception {
        CliRun run = CliRun.of("validate", inventory.toString(), "--history", vCenterCsv().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // 0.95 + 0.4 GHz of 10 GHz.
        assertThat(run.out()).containsPattern("cpu\\s+1\\.4 of\\s+10\\.0 GHz \\(14 %\\)");
        assertThat(run.err()).contains("planned from their history");
    }

    @Test
    void simulateWithTheHistoryReplaysItsDay() throws Exception {
        Path csv = vCenterCsv();
        assertThat(CliRun.of("plan", inventory.toString(), "--history", csv.toString(), "--out", out.toString(),
                "--seed", "1", "--time-limit", "1s", "--quiet").exitCode()).isEqualTo(ExitCode.OK);

        CliRun run = CliRun.of("simulate", inventory.toString(), "--plan", out.resolve("plan.json").toString(),
                "--history", csv.toString(), "--no-host-scenarios");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("2 workloads replay the last 24 hours of their history");
    }
}
