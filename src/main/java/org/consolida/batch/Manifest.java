package org.consolida.batch;

import java.nio.file.Path;
import java.util.List;

/** A batch: where it was read from and its scenarios, each with the manifest's defaults already applied. */
public record Manifest(Path file, List<Scenario> scenarios) {
    public Manifest {
        scenarios = List.copyOf(scenarios);
    }
}
