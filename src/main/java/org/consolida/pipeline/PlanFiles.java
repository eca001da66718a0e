package org.consolida.pipeline;

import java.nio.file.Path;

import org.consolida.io.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a plan's files, each atomically (through {@link AtomicFiles}: a temporary file, then a rename). */
public final class PlanFiles {
    public static final String PLAN_JSON = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanFiles() {
    }

    public static Path writePlan(PlanDocument document, Path folder) {
        Path target = folder.resolve(PLAN_JSON);
        AtomicFiles.write(target, out -> out.write(JSON.writeValueAsBytes(document)));
        return target;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
