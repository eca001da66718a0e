package org.consolida.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.planning.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
    @TempDir
    Path dir;

    private Path manifest(String json) throws IOException {
        Files.writeString(dir.resolve("demo.xlsx"), "stand-in");
        return Files.writeString(dir.resolve("batch.json"), json.replace('\'', '"'));
    }

    @Test
    void scenariosTakeTheDefaultsTheyDoNotOverride() throws IOException {
        Manifest manifest = ManifestReader.read(manifest("""
                {'defaults': {'inventory': 'demo.xlsx', 'timeLimit': '10s', 'seed': 3, 'moveBudget': 5000},
                 'scenarios': [{'name': 'as-is'},
                               {'name': 'growth', 'demandGrowthPct': {'cpu': 30}, 'timeLimit': 2, 'failover': 'N+1',
                                'objective': 'Energy'}]}
                """));

        assertThat(manifest.scenarios()).hasSize(2);
        Scenario asIs = manifest.scenarios().get(0);
        assertThat(asIs.inventory()).isEqualTo(dir.resolve("demo.xlsx"));
        assertThat(asIs.timeLimit()).isEqualTo(Duration.ofSeconds(10));
        assertThat(asIs.seed()).isEqualTo(3);
        assertThat(asIs.moveBudget()).isEqualTo(5000);
        Scenario growth = manifest.scenarios().get(1);
        assertThat(growth.timeLimit()).isEqualTo(Duration.ofSeconds(2));
        assertThat(growth.demandGrowthPct()).containsEntry("cpu", 30.0);
        assertThat(growth.failover()).isEqualTo(FailoverPolicy.N_PLUS_1);
        assertThat(growth.objective()).isEqualTo(Objective.ENERGY);
        assertThat(asIs.objective()).isNull(); // the pipeline's default: the whole yearly cost
    }

    @Test
    void everyBadKeyAndValueIsReportedWithItsPath() throws IOException {
        Path file = manifest("""
                {'defaults': {'inventory': 'demo.xlsx', 'colour': 'red'},
                 'scenarios': [{'name': 'a', 'demandGrowthPct': {'cpu': 'lots', 'gpu': 5}},
                               {'name': 'b c', 'failover': 'n+2', 'timeLimit': 'soon', 'moveBudget': 0.5,
                                'objective': 'speed'},
                               {'name': 'd', 'inventory': 'missing.xlsx', 'refresh': [{'replace': 'x', 'count': -1}]},
                               {'name': 'e', 'history': 'none.csv', 'historyCpuPercentile': 0}]}
                """);

        assertThatThrownBy(() -> ManifestReader.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.where() + ": " + p.message())
                        .containsExactly(
                                "defaults.colour: unknown key (known: addHosts, cpuOvercommit, demandGrowthPct, failover, "
                                        + "history, historyCpuHeadroom, historyCpuPercentile, historyMemoryPercentile, "
                                        + "inventory, kwhPrice, kwhPriceFactor, maxUtilization, memoryOvercommit, "
                                        + "migrationCostPerGib, moveBudget, name, objective, rackUnitCostPerYear, refresh, "
                                        + "removeHosts, "
                                        + "removeRacks, rules, seed, timeLimit)",
                                "scenarios[0].demandGrowthPct.cpu: \"lots\" is not a number",
                                "scenarios[0].demandGrowthPct.gpu: unknown resource (known: cpu, memory, storage, network, throughput)",
                                "scenarios[1].name: \"b c\" cannot name a folder: use letters, digits, '.', '_' and '-'",
                                "scenarios[1].failover: \"n+2\" is not a failover policy (none, n+1)",
                                "scenarios[1].timeLimit: \"soon\" is not a duration; write e.g. 500ms, 30s, 5m, 1h, 1m30s, 45 or PT30S",
                                "scenarios[1].moveBudget: \"0.5\" is not a whole number of moves from 1 to 1000000000000",
                                "scenarios[1].objective: \"speed\" is not an objective (cost, energy)",
                                "scenarios[2].inventory: \"missing.xlsx\" does not exist (looked for "
                                        + dir.resolve("missing.xlsx") + ")",
                                "scenarios[2].refresh[0].with: is missing",
                                "scenarios[2].refresh[0].count: \"-1\" is not a whole number from 0 to 100000",
                                "scenarios[3].history: \"none.csv\" does not exist (looked for " + dir.resolve("none.csv")
                                        + "); give a history CSV file or a folder of them or of PlanetLab traces",
                                "scenarios[3].historyCpuPercentile: 0.0 is out of range (1.0 to 100.0)"));
    }

    @Test
    void malformedJsonNamesItsLine() throws IOException {
        Path file = manifest("{'scenarios': [\n{'name': 'a',,}]}");

        assertThat(firstProblem(file).where()).isEqualTo("line 2, column 14 (/scenarios/0/name)");
    }

    @Test
    void duplicateScenarioNamesAreAnError() throws IOException {
        Path file = manifest("{'defaults': {'inventory': 'demo.xlsx'}, 'scenarios': [{'name': 'a'}, {'name': 'A'}]}");

        assertThat(firstProblem(file).toString())
                .endsWith("scenarios[1].name: \"A\" is used by an earlier scenario; names must be unique");
    }

    /** The first problem of a manifest the reader refuses (it fails the test when the reader accepts it). */
    private static Problem firstProblem(Path file) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ManifestReader.read(file));
        assertThat(refused).as(file + " is refused").isNotNull();
        return refused.problems().get(0);
    }
}
