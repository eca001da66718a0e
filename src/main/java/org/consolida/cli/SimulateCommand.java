package org.consolida.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("consolida simulate: not yet implemented");
        return ExitCode.INTERNAL_ERROR;
    }
}
