package org.consolida.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.planning.Objective;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One what-if of a batch: an inventory and the changes to apply to it before planning. Every what-if field is null
 * (or empty) when the scenario leaves it as the inventory has it.
 *
 * <p>It is {@link Serializable} so that a cluster task can carry it; a task carries it without its paths
 * ({@link #located}), which name files on the machine that read the manifest, and ships those files' bytes instead.
 *
 * @param demandGrowthPct growth of demand in percent, by resource: cpu, memory, storage, network, throughput
 * @param refresh         hardware refreshes: the hosts of one model replaced by a number of hosts of another
 * @param addHosts        hosts added, in groups of identical ones
 * @param removeHosts     ids of hosts taken out; their workloads are started elsewhere
 * @param removeRacks     ids of racks taken out with their hosts
 * @param kwhPriceFactor  multiplies every site's electricity price
 * @param moveBudget      with a seed, the moves the search evaluates (null: the planner's default for the time limit)
 * @param objective       what the search minimises (null: the whole yearly cost)
 * @param history         a utilisation history to plan from (docs/history.md), or null; sized by the three
 *                        {@code history*} figures (null: as the inventory's policy has them)
 */
@RecordBuilder
public record Scenario(String name, Path inventory, Map<String, Double> demandGrowthPct, List<Refresh> refresh,
                       List<AddHosts> addHosts, List<String> removeHosts, List<String> removeRacks,
                       FailoverPolicy failover, Double cpuOvercommit, Double memoryOvercommit, Double maxUtilization,
                       Double kwhPrice, Double kwhPriceFactor, Double rackUnitCostPerYear, Double migrationCostPerGib,
                       Duration timeLimit, Long seed, Path rules, Long moveBudget, Objective objective, Path history,
                       Double historyCpuPercentile, Double historyCpuHeadroom, Double historyMemoryPercentile)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The resources demand growth may name. */
    public static final List<String> GROWTH_RESOURCES = List.of("cpu", "memory", "storage", "network", "throughput");

    public Scenario {
        demandGrowthPct = demandGrowthPct == null ? Map.of() : Map.copyOf(demandGrowthPct);
        refresh = refresh == null ? List.of() : List.copyOf(refresh);
        addHosts = addHosts == null ? List.of() : List.copyOf(addHosts);
        removeHosts = removeHosts == null ? List.of() : List.copyOf(removeHosts);
        removeRacks = removeRacks == null ? List.of() : List.copyOf(removeRacks);
    }

    /** The same scenario reading its inventory and rules from elsewhere (null: none given), its history unchanged. */
    public Scenario located(Path inventory, Path rules) {
        return located(inventory, rules, history);
    }

    /** The same scenario reading its inventory, rules and history from elsewhere (null: none given). */
    public Scenario located(Path inventory, Path rules, Path history) {
        return new Scenario(name, inventory, demandGrowthPct, refresh, addHosts, removeHosts, removeRacks, failover,
                cpuOvercommit, memoryOvercommit, maxUtilization, kwhPrice, kwhPriceFactor, rackUnitCostPerYear,
                migrationCostPerGib, timeLimit, seed, rules, moveBudget, objective, history, historyCpuPercentile,
                historyCpuHeadroom, historyMemoryPercentile);
    }

    /** The same scenario with this seed where it has none of its own. */
    public Scenario withDefaultSeed(long defaultSeed) {
        return seed != null ? this : new Scenario(name, inventory, demandGrowthPct, refresh, addHosts, removeHosts,
                removeRacks, failover, cpuOvercommit, memoryOvercommit, maxUtilization, kwhPrice, kwhPriceFactor,
                rackUnitCostPerYear, migrationCostPerGib, timeLimit, defaultSeed, rules, moveBudget, objective, history,
                historyCpuPercentile, historyCpuHeadroom, historyMemoryPercentile);
    }

    /** Replace every host of model {@code replace} by {@code count} hosts of model {@code with}. */
    public record Refresh(String replace, String with, int count) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** {@code count} new hosts of one model, rack, cluster and hypervisor, named {@code prefix-1}, {@code prefix-2}… */
    public record AddHosts(String model, String rack, String cluster, String hypervisor, int count, String prefix)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A builder: the components by name, not by position (ScenarioBuilder is generated by @RecordBuilder). */
    public static ScenarioBuilder builder() {
        return ScenarioBuilder.builder();
    }
}
