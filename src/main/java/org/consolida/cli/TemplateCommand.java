package org.consolida.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.Template;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the inventory template: Instructions, one sheet per entity with an example row, drop-downs. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write an inventory template workbook to fill in.",
            "It has an Instructions sheet (every sheet and column, its unit and meaning), one example row per sheet, "
                + "drop-downs for every enumerated column and frozen headers. See docs/inventory-format.md."})
final class TemplateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.xlsx", description = "Where to write the template.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException(Problem.error(file.toString(), "",
                    "a template is an Excel workbook; name it .xlsx"));
        }
        Template.write(file);
        spec.commandLine().getOut().println("wrote " + file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
