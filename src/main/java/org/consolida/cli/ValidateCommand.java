package org.consolida.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.consolida.io.InventorySummary;
import org.consolida.io.ReadResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks an inventory, prints its warnings (stderr) and a summary (stdout). Errors exit 2 through Main. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an inventory (.xlsx, .json or an RVTools export) and summarise it.",
            "Every problem is listed with its cell; errors exit with code 2, warnings do not."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INVENTORY", description = "The inventory: .xlsx (native template or RVTools export) or .json.")
    Path inventory;

    @Mixin
    InventoryOptions inventoryOptions;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReadResult result = inventoryOptions.read(inventory);
        if (!result.warnings().isEmpty()) {
            Main.printProblems(spec.commandLine().getErr(), result.warnings());
        }
        InventorySummary summary = InventorySummary.of(result.inventory());
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        } else {
            out.print(summary.toText());
            out.println("valid" + (result.warnings().isEmpty() ? ""
                    : ", with " + result.warnings().size() + " warning" + (result.warnings().size() == 1 ? "" : "s")));
        }
        out.flush();
        return ExitCode.OK;
    }
}
