package org.consolida.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes {@code plan.json}, the machine-readable plan: the contract in DESIGN.md, documented in docs/plan-json.md. */
final class PlanJsonWriter {
    static final String SCHEMA = "consolida.plan/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(ReportModel model, OutputStream out) throws IOException {
        MAPPER.writeValue(out, PlanJson.of(model));
    }

    /** The file's shape: contract keys first, in the order DESIGN.md lists them, then the additions. */
    @JsonPropertyOrder({"schema", "inventory", "currency", "solver", "before", "after", "baseline", "lowerBound",
            "placements", "unplaced", "migrations", "findings", "simulation", "scoreAnalysis", "comparison",
            "warnings", "rightSizing", "hosts", "racks"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanJson(String schema, String inventory, String currency, SolverSummary solver, Figures before,
                    Figures after, Baselines baseline, Figures lowerBound, List<PlacementRow> placements,
                    List<UnplacedWorkload> unplaced, List<MigrationWave> migrations, List<FindingRow> findings,
                    SimulationSummary simulation, List<ConstraintScore> scoreAnalysis,
                    ReportModel.Comparison comparison, List<String> warnings, RightSizingSummary rightSizing,
                    List<HostRow> hosts, List<RackRow> racks) {

        static PlanJson of(ReportModel model) {
            return new PlanJson(SCHEMA, model.inventory(), model.currency(), model.solver(), model.before(),
                    model.after(), model.baseline(), model.lowerBound(), model.placements(), model.unplaced(),
                    model.migrations(), model.findings(), model.simulation(), model.scoreAnalysis(),
                    model.comparison(), model.warnings(), model.rightSizing(), model.hosts(), model.racks());
        }
    }
}
