package org.consolida.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads where a {@code plan.json} puts each workload: {@code placements[].workload} (id) and {@code placements[].to}
 * (host id, or null for unplaced). Other keys are ignored, so any plan of schema {@code consolida.plan/1} replays.
 */
public final class PlanPlacements {
    private PlanPlacements() {
    }

    /** The plan's placements against an inventory; every unknown id or malformed entry is reported at once. */
    public static Map<Workload, Host> read(Path planFile, Inventory inventory) {
        String file = planFile.toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(planFile.toFile());
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(file, "line " + e.getLocation().getLineNr(),
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidInputException.of(file, "", "cannot be read: " + e.getMessage());
        }
        JsonNode placements = root == null ? null : root.get("placements");
        if (placements == null || !placements.isArray()) {
            throw InvalidInputException.of(file, "placements", "is missing or not a list; a plan written by "
                    + "`consolida plan` has one entry per workload with \"workload\" and \"to\"");
        }
        List<Problem> problems = new ArrayList<>();
        Map<Workload, Host> plan = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            JsonNode entry = placements.get(i);
            String where = "placements[" + i + "]";
            JsonNode id = entry.get("workload");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                problems.add(Problem.error(file, where + ".workload", "is missing; give the workload's id"));
                continue;
            }
            Workload workload = inventory.workload(id.asText());
            if (workload == null) {
                problems.add(Problem.error(file, where + ".workload", "\"" + id.asText() + "\" is not in the "
                        + "inventory " + inventory.name() + "; replay the plan against the inventory it was made for"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(workload.id(), i);
            if (earlier != null) {
                problems.add(Problem.error(file, where + ".workload", "\"" + workload.id()
                        + "\" is placed twice (also at placements[" + earlier + "]); keep one entry per workload"));
                continue;
            }
            JsonNode to = entry.get("to");
            if (to == null || to.isNull()) {
                continue; // unplaced
            }
            Host host = to.isTextual() ? inventory.host(to.asText()) : null;
            if (host == null) {
                problems.add(Problem.error(file, where + ".to", to + " is not a host of the inventory "
                        + inventory.name() + "; give a host id, or null for unplaced"));
                continue;
            }
            plan.put(workload, host);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return plan;
    }
}
