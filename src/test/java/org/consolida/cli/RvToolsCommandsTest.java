package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;
import org.consolida.io.rvtools.RvToolsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands take an RVTools export as they take the native template, recognised by its content. */
class RvToolsCommandsTest {
    private static final Path EXAMPLE = Path.of("datasets/rvtools/example1.xlsx");

    @TempDir
    Path dir;

    @Test
    void validateReadsTheRealExportAndListsItsAssumptions() {
        CliRun run = CliRun.of("validate", EXAMPLE.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"hosts\" : 7").contains("\"workloads\" : 9");
        assertThat(run.err()).contains("example1.xlsx: vHost: warning: assumed: rack unassigned-1");
    }

    @Test
    void convertingTheExportToTheNativeTemplateAndBackKeepsTheInventory() {
        Path xlsx = dir.resolve("example1-native.xlsx");
        Path json = dir.resolve("example1-native.json");

        assertThat(CliRun.of("convert", EXAMPLE.toString(), xlsx.toString()).exitCode()).isZero();
        assertThat(CliRun.of("convert", xlsx.toString(), json.toString()).exitCode()).isZero();

        Inventory fromExport = RvToolsReader.read(EXAMPLE).inventory();
        assertThat(Inventories.read(xlsx)).isEqualTo(fromExport);
        assertThat(Inventories.read(json)).isEqualTo(fromExport);
    }
}
