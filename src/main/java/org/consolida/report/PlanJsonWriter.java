package org.consolida.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes {@code plan.json}, the machine-readable plan: the contract in DESIGN.md, documented in docs/plan-json.md.
 * The file is streamed with Jackson's generator, one row at a time: the long lists (placements, hosts, moves) go out
 * as they are read, and each row is serialised from its record, so a field added to a record appears in the file.
 */
final class PlanJsonWriter {
    static final String SCHEMA = "consolida.plan/1";

    // One row per writeObject: flushing after each would cost a system call per row.
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Writes the contract keys first, in the order DESIGN.md lists them, then the additions; {@code run} (the id
     * shared by the three reports of one run) comes right after {@code schema}.
     */
    void write(ReportModel model, String runId, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeObjectFieldStart("run");
            json.writeStringField("id", runId);
            json.writeEndObject();
            json.writeStringField("inventory", model.inventory());
            json.writeStringField("currency", model.currency());
            json.writeObjectField("solver", model.solver());
            json.writeObjectField("before", model.before());
            json.writeObjectField("after", model.after());
            json.writeObjectField("baseline", model.baseline());
            json.writeObjectField("lowerBound", model.lowerBound());
            rows(json, "placements", model.placements());
            rows(json, "unplaced", model.unplaced());
            rows(json, "migrations", model.migrations());
            rows(json, "findings", model.findings());
            json.writeObjectField("simulation", model.simulation());
            rows(json, "scoreAnalysis", model.scoreAnalysis());
            if (model.comparison() != null) {
                json.writeObjectField("comparison", model.comparison());
            }
            rows(json, "warnings", model.warnings());
            rows(json, "hosts", model.hosts());
            rows(json, "racks", model.racks());
            json.writeEndObject();
        }
    }

    private static void rows(JsonGenerator json, String key, List<?> rows) throws IOException {
        json.writeArrayFieldStart(key);
        for (Object row : rows) {
            json.writeObject(row);
        }
        json.writeEndArray();
    }
}
