package org.consolida.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A four-scenario batch small enough for tests that plan for real: a generated 6-host, 30-workload inventory and a
 * move budget instead of a time limit, so that with {@code --seed} every run plans the same, however loaded the box.
 */
final class TinyBatch {
    static final List<String> SCENARIOS = List.of("as-is", "growth", "n-plus-1", "cheap-power");

    private TinyBatch() {
    }

    /** Writes tiny.xlsx and batch.json into the folder; returns the manifest. */
    static Path write(Path dir) throws IOException {
        CliRun generated = CliRun.of("generate", "--hosts", "6", "--workloads", "30", "--seed", "3",
                dir.resolve("tiny.xlsx").toString());
        if (generated.exitCode() != ExitCode.OK) {
            throw new IllegalStateException("generate failed: " + generated.err());
        }
        return Files.writeString(dir.resolve("batch.json"), """
                {"defaults": {"inventory": "tiny.xlsx", "timeLimit": "60s", "moveBudget": 1000},
                 "scenarios": [{"name": "as-is"},
                               {"name": "growth", "demandGrowthPct": 30},
                               {"name": "n-plus-1", "failover": "n+1"},
                               {"name": "cheap-power", "kwhPriceFactor": 0.5}]}
                """);
    }
}
