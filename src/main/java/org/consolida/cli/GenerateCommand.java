package org.consolida.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.io.Inventories;
import org.consolida.io.OutputPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a realistic synthetic inventory; the same arguments give the same file, byte for byte. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic synthetic inventory: two sites, 42U racks, host generations with measured "
                + "power curves, mostly bare-metal hypervisors, three-tier applications, VDI pools, containers, and "
                + "today's placement at 15-30 %% CPU.",
            "The same --hosts, --workloads and --seed give the same file. See docs/generator.md."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--hosts", required = true, paramLabel = "N", description = "Physical hosts, at least 1.")
    int hosts;

    @Option(names = "--workloads", required = true, paramLabel = "M",
            description = "Workloads (VMs, desktops, containers), at least 1.")
    int workloads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "FILE", description = "The inventory to write: .xlsx or .json.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        if (hosts < 1) {
            problems.add(Problem.error("generate", "--hosts", hosts + " is too few: give at least 1"));
        }
        if (workloads < 1) {
            problems.add(Problem.error("generate", "--workloads", workloads + " is too few: give at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OutputPaths.checkFile(file, "FILE"); // before minutes of generating a large inventory
        Inventory inventory = InventoryGenerator.generate(hosts, workloads, seed);
        Inventories.write(inventory, file);
        spec.commandLine().getOut().println("wrote " + file + " (" + inventory.sites().size() + " sites, "
                + inventory.racks().size() + " racks, " + inventory.hosts().size() + " hosts, "
                + inventory.workloads().size() + " workloads, " + inventory.flows().size() + " flows)");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
