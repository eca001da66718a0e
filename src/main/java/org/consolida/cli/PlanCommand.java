package org.consolida.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class PlanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("consolida plan: not yet implemented");
        return ExitCode.INTERNAL_ERROR;
    }
}
