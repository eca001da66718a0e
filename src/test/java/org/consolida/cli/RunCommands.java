package org.consolida.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child JVM's main for tests: runs several command lines one after the other in one JVM, separated by
 * {@code --then}, printing {@code exit: N} after each.
 */
public final class RunCommands {
    private RunCommands() {
    }

    public static void main(String[] args) {
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals("--then")) {
                run(command);
                command.clear();
            } else {
                command.add(arg);
            }
        }
        run(command);
        System.exit(0);
    }

    private static void run(List<String> command) {
        int code = Main.run(command.toArray(String[]::new));
        System.out.println("exit: " + code);
        System.out.flush();
    }
}
