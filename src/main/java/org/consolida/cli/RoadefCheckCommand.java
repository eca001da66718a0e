package org.consolida.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.consolida.roadef.Evaluation;
import org.consolida.roadef.RoadefChecker;
import org.consolida.roadef.RoadefFiles;
import org.consolida.roadef.RoadefInstance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores a ROADEF/EURO 2012 solution with the challenge's rules, independently of the solver. */
@Command(name = "roadef-check", mixinStandardHelpOptions = true,
        description = {"Check a ROADEF/EURO 2012 machine-reassignment solution: print each cost term and the total,",
                "or the first violated hard constraint (exit 1)."})
final class RoadefCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The instance, model_*.txt.")
    Path model;

    @Parameters(index = "1", paramLabel = "ORIGINAL", description = "The original assignment, assignment_*.txt.")
    Path original;

    @Parameters(index = "2", paramLabel = "NEW", description = "The solution to check.")
    Path solution;

    @Override
    public Integer call() {
        RoadefInstance instance = RoadefFiles.readModel(model);
        int[] originalAssignment = RoadefFiles.readAssignment(original, instance);
        int[] newAssignment = RoadefFiles.readAssignment(solution, instance);
        Evaluation evaluation = RoadefChecker.check(instance, originalAssignment, newAssignment);
        if (!evaluation.feasible()) {
            spec.commandLine().getErr().println(solution + ": infeasible: " + evaluation.violation());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().print(evaluation.toText());
        spec.commandLine().getOut().flush();
        return evaluation.feasible() ? ExitCode.OK : ExitCode.NOT_HOLDING;
    }
}
