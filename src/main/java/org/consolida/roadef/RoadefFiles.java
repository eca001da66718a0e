package org.consolida.roadef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads the challenge's model and assignment files and writes solutions, in the format of FORMAT.md. */
public final class RoadefFiles {
    private static final int MAX_COUNT = 10_000_000;

    private RoadefFiles() {
    }

    /** Reads a {@code model_*.txt}; a malformed file fails with its path, line and token. */
    public static RoadefInstance readModel(Path path) {
        return readModel(instanceName(path), Tokenizer.of(path));
    }

    /** Parses a model held in memory; {@code name} stands for the file in error messages. */
    static RoadefInstance parseModel(String name, String text) {
        return readModel(name, new Tokenizer(name, text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static RoadefInstance readModel(String name, Tokenizer in) {
        int resources = in.nextInt("the number of resources", 1, 10_000);
        boolean[] transientResource = new boolean[resources];
        long[] weightLoadCost = new long[resources];
        for (int r = 0; r < resources; r++) {
            transientResource[r] = in.nextInt("resource " + r + " transient flag", 0, 1) == 1;
            weightLoadCost[r] = in.nextLong("resource " + r + " weightLoadCost");
        }
        int machines = in.nextInt("the number of machines", 1, 40_000);
        int[] neighborhood = new int[machines];
        int[] location = new int[machines];
        long[] capacity = new long[machines * resources];
        long[] safetyCapacity = new long[machines * resources];
        int[] machineMoveCost = new int[machines * machines];
        for (int m = 0; m < machines; m++) {
            neighborhood[m] = in.nextInt("machine " + m + " neighborhood", 0, machines - 1);
            location[m] = in.nextInt("machine " + m + " location", 0, machines - 1);
            for (int r = 0; r < resources; r++) {
                capacity[m * resources + r] = in.nextLong("machine " + m + " capacity of resource " + r);
            }
            for (int r = 0; r < resources; r++) {
                safetyCapacity[m * resources + r] = in.nextLong("machine " + m + " safety capacity of resource " + r);
            }
            for (int to = 0; to < machines; to++) {
                machineMoveCost[m * machines + to] =
                        in.nextInt("machine move cost from " + m + " to " + to, 0, Integer.MAX_VALUE);
            }
        }
        int services = in.nextInt("the number of services", 1, MAX_COUNT);
        int[] spreadMin = new int[services];
        int[][] dependsOn = new int[services][];
        for (int s = 0; s < services; s++) {
            spreadMin[s] = in.nextInt("service " + s + " spreadMin", 0, MAX_COUNT);
            int k = in.nextInt("service " + s + " number of dependencies", 0, services);
            dependsOn[s] = new int[k];
            for (int i = 0; i < k; i++) {
                dependsOn[s][i] = in.nextInt("service " + s + " dependency " + i + " (a service id)", 0, services - 1);
            }
        }
        int processes = in.nextInt("the number of processes", 1, MAX_COUNT);
        int[] service = new int[processes];
        if ((long) processes * resources > Integer.MAX_VALUE - 8) {
            throw in.problem(processes + " processes times " + resources + " resources is too large to hold");
        }
        long[] requirement = new long[processes * resources];
        long[] processMoveCost = new long[processes];
        for (int p = 0; p < processes; p++) {
            service[p] = in.nextInt("process " + p + " service", 0, services - 1);
            for (int r = 0; r < resources; r++) {
                requirement[p * resources + r] = in.nextLong("process " + p + " requirement of resource " + r);
            }
            processMoveCost[p] = in.nextLong("process " + p + " processMoveCost");
        }
        int balances = in.nextInt("the number of balance objectives", 0, MAX_COUNT);
        int[] r1 = new int[balances];
        int[] r2 = new int[balances];
        long[] target = new long[balances];
        long[] weightBalanceCost = new long[balances];
        for (int b = 0; b < balances; b++) {
            r1[b] = in.nextInt("balance objective " + b + " resource 1", 0, resources - 1);
            r2[b] = in.nextInt("balance objective " + b + " resource 2", 0, resources - 1);
            target[b] = in.nextLong("balance objective " + b + " target");
            weightBalanceCost[b] = in.nextLong("balance objective " + b + " weightBalanceCost");
        }
        long weightProcessMoveCost = in.nextLong("weightProcessMoveCost");
        long weightServiceMoveCost = in.nextLong("weightServiceMoveCost");
        long weightMachineMoveCost = in.nextLong("weightMachineMoveCost");
        in.expectEnd("weightMachineMoveCost");
        return RoadefInstance.builder(name)
                .resources(transientResource, weightLoadCost)
                .machines(neighborhood, location, capacity, safetyCapacity, machineMoveCost)
                .services(spreadMin, dependsOn)
                .processes(service, requirement, processMoveCost)
                .balances(r1, r2, target, weightBalanceCost)
                .moveWeights(weightProcessMoveCost, weightServiceMoveCost, weightMachineMoveCost)
                .build();
    }

    /** Reads an assignment or a solution: one machine id per process of {@code instance}. */
    public static int[] readAssignment(Path path, RoadefInstance instance) {
        return readAssignment(Tokenizer.of(path), instance);
    }

    /** Parses an assignment held in memory; {@code name} stands for the file in error messages. */
    static int[] parseAssignment(String name, String text, RoadefInstance instance) {
        return readAssignment(new Tokenizer(name, text.getBytes(StandardCharsets.US_ASCII)), instance);
    }

    private static int[] readAssignment(Tokenizer in, RoadefInstance instance) {
        int[] machineOf = new int[instance.processCount];
        for (int p = 0; p < machineOf.length; p++) {
            machineOf[p] = in.nextInt("the machine of process " + p + " (of " + machineOf.length + ")",
                    0, instance.machineCount - 1);
        }
        in.expectEnd("the machine of the last process (" + machineOf.length + " processes in the model)");
        return machineOf;
    }

    /** Writes a solution atomically: a temporary file in the same folder, then a rename. */
    public static void writeSolution(Path path, int[] machineOf) {
        Path absolute = path.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, absolute.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
                StringBuilder line = new StringBuilder(machineOf.length * 4);
                for (int p = 0; p < machineOf.length; p++) {
                    if (p > 0) {
                        line.append(' ');
                    }
                    line.append(machineOf[p]);
                }
                out.write(line.append('\n').toString());
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the solution " + path, e);
        }
    }

    /** {@code model_a1_1.txt} is instance {@code a1_1}. */
    static String instanceName(Path path) {
        String file = path.getFileName().toString();
        return file.replaceFirst("^(model|assignment)_", "").replaceFirst("\\.txt$", "");
    }
}
