package org.consolida.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "roadef-check", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class RoadefCheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("consolida roadef-check: not yet implemented");
        return ExitCode.INTERNAL_ERROR;
    }
}
