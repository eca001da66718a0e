package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Workload;
import org.consolida.io.Inventories;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.planning.migration.MigrationMode;
import org.consolida.planning.migration.MigrationPlan;
import org.consolida.planning.migration.MigrationWaves;
import org.consolida.planning.migration.Move;
import org.consolida.planning.migration.Wave;
import org.consolida.rules.RuleBase;
import org.consolida.simulation.SimulationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's plan, through the whole pipeline with the shipped rules, then its migration waves replayed step by step
 * by a checker of its own: while a wave runs each moving workload holds room on both hosts (a cold one is shut down
 * from its shutdown wave); no host may go over its CPU, memory or storage after over-commit, and no two members of a
 * redundancy group may share a host, rack or site as their spread says.
 */
class DemoMigrationWavesTest {
    static Inventory inventory;
    static Map<Workload, Host> plan;
    static MigrationPlan waves;

    @BeforeAll
    static void planTheDemo(@TempDir Path out) {
        inventory = Inventories.read(Path.of("datasets/demo-datacenter.xlsx"));
        PlanPipeline.Settings settings = new PlanPipeline.Settings(
                new SolveSettings(Duration.ofSeconds(3), null, 1L, null), RuleBase.DEFAULT_FOLDER, null);
        PlanPipeline.Outcome outcome = PlanPipeline.standard().run(inventory, List.of(), out, settings,
                SolveListener.NONE);
        plan = PlanPipeline.placements(outcome.result());
        waves = MigrationWaves.plan(inventory, plan, MigrationTimes.estimator(SimulationSettings.defaults()));
    }

    @Test
    void theDemoPlanMovesWorkloadsInSeveralWavesAndNoneIsStuck() {
        long moved = inventory.workloads().stream()
                .filter(w -> plan.get(w) != null && !plan.get(w).equals(w.currentHost())).count();
        assertThat(moved).isPositive();
        assertThat(waves.stuck()).isEmpty();
        assertThat(waves.waves()).hasSizeGreaterThan(1);
        assertThat(waves.waves().stream().flatMap(w -> w.moves().stream()).map(Move::workload).distinct().count())
                .isEqualTo(moved);
    }

    @Test
    void everyIntermediateStateRespectsCapacityAndSpread() {
        Policy policy = inventory.policy();
        Map<Workload, Host> where = new HashMap<>();
        inventory.workloads().stream().filter(w -> w.currentHost() != null).forEach(w -> where.put(w, w.currentHost()));
        assertThat(violations(where, List.of(), policy)).as("today").isEmpty();
        for (Wave wave : waves.waves()) {
            for (Move move : allMoves()) {
                if (move.mode() == MigrationMode.COLD && move.shutdownWave() == wave.number()) {
                    where.remove(move.workload());
                }
            }
            assertThat(violations(where, wave.moves(), policy)).as("during wave %d", wave.number()).isEmpty();
            wave.moves().forEach(m -> where.put(m.workload(), m.to()));
            assertThat(violations(where, List.of(), policy)).as("after wave %d", wave.number()).isEmpty();
        }
        plan.forEach((w, h) -> assertThat(where.get(w)).as("where %s ends", w.id()).isEqualTo(h));
    }

    private static List<Move> allMoves() {
        return waves.waves().stream().flatMap(w -> w.moves().stream()).toList();
    }

    /** What is wrong with a state: workloads where they are, plus those arriving in a running wave. */
    private static List<String> violations(Map<Workload, Host> where, List<Move> arriving, Policy policy) {
        Map<Host, List<Workload>> on = new HashMap<>();
        where.forEach((w, h) -> on.computeIfAbsent(h, k -> new ArrayList<>()).add(w));
        arriving.forEach(m -> on.computeIfAbsent(m.to(), k -> new ArrayList<>()).add(m.workload()));
        List<String> problems = new ArrayList<>();
        on.forEach((host, workloads) -> {
            double cpu = workloads.stream().mapToDouble(Workload::cpuGhz).sum();
            double memory = workloads.stream().mapToDouble(Workload::memoryGib).sum();
            double storage = workloads.stream().mapToDouble(Workload::storageGib).sum();
            if (cpu > host.model().cpuGhz() * policy.cpuOvercommit() + 1e-6) {
                problems.add(host.id() + " CPU " + cpu);
            }
            if (memory > host.model().memoryGib() * policy.memoryOvercommit() + 1e-6) {
                problems.add(host.id() + " memory " + memory);
            }
            if (storage > host.model().storageGib() + 1e-6) {
                problems.add(host.id() + " storage " + storage);
            }
        });
        // A moving member stands in two places at once; it may share a domain with itself, not with another member.
        Map<String, Map<String, Set<String>>> membersByDomain = new HashMap<>();
        on.forEach((host, workloads) -> workloads.stream().filter(w -> w.group() != null).forEach(w -> {
            String domain = switch (w.spread()) {
                case HOST -> host.id();
                case RACK -> host.rack().id();
                case SITE -> host.site().id();
            };
            membersByDomain.computeIfAbsent(w.group(), k -> new HashMap<>())
                    .computeIfAbsent(domain, k -> new TreeSet<>()).add(w.id());
        }));
        membersByDomain.forEach((group, domains) -> domains.forEach((domain, members) -> {
            if (members.size() > 1) {
                problems.add("group " + group + " has " + members + " in " + domain);
            }
        }));
        return problems;
    }
}
