package org.consolida.roadef;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the tests find the challenge's instances: set A in the repository, set B beside it in {@code shared/}. */
final class RoadefDatasets {
    static final Path SET_A = Path.of("datasets/roadef2012");

    private RoadefDatasets() {
    }

    /**
     * The shared folder that holds set B, when this machine has it: the pom's {@code consolida.shared} (CI keeps
     * {@code shared/} beside the clone), else the environment's {@code CONSOLIDA_SHARED} for a worktree elsewhere.
     */
    static Optional<Path> setB() {
        for (String shared : new String[] {System.getProperty("consolida.shared"), System.getenv("CONSOLIDA_SHARED")}) {
            if (shared != null) {
                Path folder = Path.of(shared, "datasets", "roadef2012");
                if (Files.isRegularFile(folder.resolve("model_b_1.txt"))) {
                    return Optional.of(folder);
                }
            }
        }
        return Optional.empty();
    }

    static PublishedResults results() {
        return PublishedResults.read(SET_A.resolve("results.csv"));
    }

    static Path model(Path folder, String instance) {
        return folder.resolve("model_" + instance + ".txt");
    }

    static Path assignment(Path folder, String instance) {
        return folder.resolve("assignment_" + instance + ".txt");
    }

    /** The instances of {@code results.csv} whose files are in {@code folder}. */
    static List<String> instancesIn(Path folder) {
        List<String> instances = new ArrayList<>();
        for (String instance : results().rows().keySet()) {
            if (Files.isRegularFile(model(folder, instance)) && Files.isRegularFile(assignment(folder, instance))) {
                instances.add(instance);
            }
        }
        return instances;
    }
}
