package org.consolida.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;
import org.consolida.io.OutputPaths;
import org.consolida.io.ReadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads an inventory in one format and writes it in another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an inventory between formats: .xlsx <-> .json, or an RVTools export to the native template.",
            "The input is validated first; an invalid input writes nothing and exits with code 2."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The inventory to read: .xlsx (native template or RVTools export), .json, or an RVTools CSV folder or zip.")
    Path input;

    @Mixin
    InventoryOptions inventoryOptions;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The file to write: .xlsx or .json.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Refuse an output that cannot be written (a folder, an unknown format) before reading a large input.
        OutputPaths.checkFile(output, "OUTPUT");
        Inventories.writerFor(output);
        ReadResult result = inventoryOptions.read(input);
        if (!result.warnings().isEmpty()) {
            Main.printProblems(spec.commandLine().getErr(), result.warnings());
        }
        Inventory inventory = result.inventory();
        Inventories.write(inventory, output);
        spec.commandLine().getOut().println("wrote " + output + " (" + inventory.hosts().size() + " hosts, "
                + inventory.workloads().size() + " workloads)");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
