package org.consolida.cli;

import java.nio.file.Path;

import org.consolida.io.Inventories;
import org.consolida.io.ReadResult;
import org.consolida.io.rvtools.RvToolsOptions;

import picocli.CommandLine.Option;

/** How to read an RVTools export, for every command that reads an inventory; the native formats ignore them. */
final class InventoryOptions {
    @Option(names = "--catalog", paramLabel = "FILE",
            description = "RVTools only: a workbook in the native template whose HostModels, Racks, Sites and Policy"
                    + " fill what RVTools does not know (matched by host vendor and model).")
    Path catalog;

    @Option(names = "--drop-powered-off",
            description = "RVTools only: leave powered-off VMs out (they are kept, and counted, by default).")
    boolean dropPoweredOff;

    @Option(names = "--memory-basis", paramLabel = "BASIS", defaultValue = "CONSUMED",
            description = "RVTools only: a VM's memory demand from CONFIGURED, CONSUMED or ACTIVE memory"
                    + " (default: ${DEFAULT-VALUE}, capped at configured).")
    RvToolsOptions.MemoryBasis memoryBasis;

    ReadResult read(Path file) {
        RvToolsOptions options = RvToolsOptions.defaults().withKeepPoweredOff(!dropPoweredOff).withMemory(memoryBasis);
        return Inventories.readWithWarnings(file, catalog, options);
    }
}
