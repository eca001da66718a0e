package org.consolida.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.planning.Objective;

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

    /** A builder: the 24 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Scenario}; a component not set is null, zero or false. */
    public static final class Builder {
        private String name;
        private Path inventory;
        private Map<String, Double> demandGrowthPct;
        private List<Refresh> refresh;
        private List<AddHosts> addHosts;
        private List<String> removeHosts;
        private List<String> removeRacks;
        private FailoverPolicy failover;
        private Double cpuOvercommit;
        private Double memoryOvercommit;
        private Double maxUtilization;
        private Double kwhPrice;
        private Double kwhPriceFactor;
        private Double rackUnitCostPerYear;
        private Double migrationCostPerGib;
        private Duration timeLimit;
        private Long seed;
        private Path rules;
        private Long moveBudget;
        private Objective objective;
        private Path history;
        private Double historyCpuPercentile;
        private Double historyCpuHeadroom;
        private Double historyMemoryPercentile;

        private Builder() {
        }

        public Builder name(String value) { name = value; return this; }
        public Builder inventory(Path value) { inventory = value; return this; }
        public Builder demandGrowthPct(Map<String, Double> value) { demandGrowthPct = value; return this; }
        public Builder refresh(List<Refresh> value) { refresh = value; return this; }
        public Builder addHosts(List<AddHosts> value) { addHosts = value; return this; }
        public Builder removeHosts(List<String> value) { removeHosts = value; return this; }
        public Builder removeRacks(List<String> value) { removeRacks = value; return this; }
        public Builder failover(FailoverPolicy value) { failover = value; return this; }
        public Builder cpuOvercommit(Double value) { cpuOvercommit = value; return this; }
        public Builder memoryOvercommit(Double value) { memoryOvercommit = value; return this; }
        public Builder maxUtilization(Double value) { maxUtilization = value; return this; }
        public Builder kwhPrice(Double value) { kwhPrice = value; return this; }
        public Builder kwhPriceFactor(Double value) { kwhPriceFactor = value; return this; }
        public Builder rackUnitCostPerYear(Double value) { rackUnitCostPerYear = value; return this; }
        public Builder migrationCostPerGib(Double value) { migrationCostPerGib = value; return this; }
        public Builder timeLimit(Duration value) { timeLimit = value; return this; }
        public Builder seed(Long value) { seed = value; return this; }
        public Builder rules(Path value) { rules = value; return this; }
        public Builder moveBudget(Long value) { moveBudget = value; return this; }
        public Builder objective(Objective value) { objective = value; return this; }
        public Builder history(Path value) { history = value; return this; }
        public Builder historyCpuPercentile(Double value) { historyCpuPercentile = value; return this; }
        public Builder historyCpuHeadroom(Double value) { historyCpuHeadroom = value; return this; }
        public Builder historyMemoryPercentile(Double value) { historyMemoryPercentile = value; return this; }

        public Scenario build() {
            return new Scenario(name, inventory, demandGrowthPct, refresh, addHosts, removeHosts, removeRacks,
                    failover, cpuOvercommit, memoryOvercommit, maxUtilization, kwhPrice, kwhPriceFactor,
                    rackUnitCostPerYear, migrationCostPerGib, timeLimit, seed, rules, moveBudget, objective, history,
                    historyCpuPercentile, historyCpuHeadroom, historyMemoryPercentile);
        }
    }
}
