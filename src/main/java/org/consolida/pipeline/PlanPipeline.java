package org.consolida.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;

/**
 * One planning run for one inventory: read it, derive the policy's restrictions, plan, write {@code plan.json}. The
 * reader and the policy stage are given, so the CLI, the batch runner and tests wire what they have.
 */
public final class PlanPipeline {
    private final Function<Path, Inventory> reader;
    private final Function<Inventory, List<Restriction>> policy;

    /**
     * @param reader reads an inventory file, throwing {@code InvalidInputException} for a bad one
     * @param policy the policy rules: the placements they forbid (none until rules are configured)
     */
    public PlanPipeline(Function<Path, Inventory> reader, Function<Inventory, List<Restriction>> policy) {
        this.reader = Objects.requireNonNull(reader);
        this.policy = Objects.requireNonNull(policy);
    }

    /** No restrictions: every host is allowed for every workload as far as policy goes. */
    public static Function<Inventory, List<Restriction>> noRestrictions() {
        return inventory -> List.of();
    }

    /** The plan of one run and where it was written. */
    public record Outcome(Inventory inventory, PlanResult result, PlanDocument document, Path planJson) {
        /** Everything holds: no hard violation and every workload placed. */
        public boolean holds() {
            return result.holds();
        }
    }

    public Outcome run(Path inventoryFile, Path outFolder, SolveSettings settings, SolveListener listener) {
        Inventory inventory = reader.apply(inventoryFile);
        return run(inventory, outFolder == null ? defaultFolder(inventory.name()) : outFolder, settings, listener);
    }

    public Outcome run(Inventory inventory, Path outFolder, SolveSettings settings, SolveListener listener) {
        List<Restriction> restrictions = policy.apply(inventory);
        PlanResult result = new Planner().plan(inventory, restrictions, settings, listener);
        PlanDocument document = PlanDocument.of(inventory, result);
        Path written = PlanFiles.writePlan(document, outFolder);
        return new Outcome(inventory, result, document, written);
    }

    /** {@code reports/<inventory name>/}, the name without folders or extension. */
    public static Path defaultFolder(String inventoryName) {
        String name = Path.of(inventoryName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of("reports", dot > 0 ? name.substring(0, dot) : name);
    }
}
