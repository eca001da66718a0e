package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.generator.InventoryGenerator;
import org.consolida.io.Inventories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path folder;

    @Test
    void sameSeedWritesIdenticalBytesInXlsxAndJson() throws IOException {
        for (String extension : new String[] {"xlsx", "json"}) {
            Path first = folder.resolve("first." + extension);
            Path second = folder.resolve("second." + extension);

            assertThat(CliRun.of("generate", "--hosts", "12", "--workloads", "80", "--seed", "5", first.toString())
                    .exitCode()).isEqualTo(ExitCode.OK);
            assertThat(CliRun.of("generate", "--hosts", "12", "--workloads", "80", "--seed", "5", second.toString())
                    .exitCode()).isEqualTo(ExitCode.OK);

            assertThat(Files.readAllBytes(second)).as(extension).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void differentSeedsWriteDifferentFiles() throws IOException {
        Path first = folder.resolve("a.json");
        Path second = folder.resolve("b.json");

        CliRun.of("generate", "--hosts", "12", "--workloads", "80", "--seed", "5", first.toString());
        CliRun.of("generate", "--hosts", "12", "--workloads", "80", "--seed", "6", second.toString());

        assertThat(Files.readAllBytes(second)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void writesTheGeneratedInventoryThatReadsBackEqual() {
        Path file = folder.resolve("demo.xlsx");

        CliRun run = CliRun.of("generate", "--hosts", "8", "--workloads", "40", "--seed", "3", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("8 hosts", "40 workloads");
        assertThat(Inventories.read(file)).isEqualTo(InventoryGenerator.generate(8, 40, 3));
    }

    @Test
    void rejectsTooFewHostsAndWorkloadsWithExitCode2AndWritesNothing() {
        Path file = folder.resolve("none.xlsx");

        CliRun run = CliRun.of("generate", "--hosts", "0", "--workloads", "-3", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(
                "generate: --hosts: 0 is too few: give at least 1",
                "generate: --workloads: -3 is too few: give at least 1");
        assertThat(file).doesNotExist();
    }

    @Test
    void rejectsMoreWorkloadsThanTheHostsCanHoldWithExitCode2() {
        Path file = folder.resolve("crowded.json");

        CliRun run = CliRun.of("generate", "--hosts", "1", "--workloads", "10000", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("--workloads", "--hosts");
        assertThat(file).doesNotExist();
    }

    @Test
    void requiresHostsAndWorkloads() {
        CliRun run = CliRun.of("generate", folder.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("--hosts", "--workloads");
    }

    @Test
    void helpNamesEveryOptionWithoutFormatWarnings() {
        CliRun run = CliRun.of("generate", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--hosts", "--workloads", "--seed", "FILE", "15-30 % CPU");
        assertThat(run.err()).doesNotContain("WARN");
    }
}
