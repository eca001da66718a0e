package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.consolida.planning.migration.MigrationMode;
import org.consolida.planning.migration.MigrationPlan;
import org.consolida.planning.migration.MigrationWaves;
import org.consolida.rules.Move;
import org.consolida.rules.PolicyRestrictions;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.ReviewRules;
import org.consolida.rules.RuleBase;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.SimulationResult;
import org.consolida.simulation.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Can this workload move live from A to B?" has one answer ({@link MachineModel#canMigrateLive}); every stage that
 * asks it must give that answer: policy rule POL-004, review rule MIG-001, {@link Move#isLive}, the wave planner and
 * the simulated evacuation. Case: a host whose inventory spells its CPU vendor "Intel" against one spelling it
 * "intel" (live), and against "AMD" (cold).
 */
class LiveMigrationAnswerTest {
    private static final Site SITE = new Site("s1", 1.2, 0.2, 300, 10_000);
    private static final Rack RACK = new Rack("r1", SITE, 42, 20);
    private static final Hypervisor ESXI = new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware",
            true, true, 5, 2);
    private static RuleBase rules;

    @BeforeAll
    static void loadRules() {
        rules = RuleBase.load(RuleBase.DEFAULT_FOLDER);
    }

    private static HostModel model(String id, String cpuVendor) {
        return HostModel.builder(id).vendor("Dell").cpuVendor(cpuVendor).sockets(2).coresPerSocket(16).coreGhz(2.5)
                .memoryGib(512).storageGib(4_000).nicGbps(10).rackUnits(2).powerCurve(PowerCurve.linear(150, 350))
                .build();
    }

    private static Workload workload(String id, Host today) {
        return Workload.builder(id).vcpus(2).cpuGhz(2).memoryGib(16).storageGib(50).os("linux").currentHost(today)
                .opsPerSec(100).build();
    }

    /** "source" (vendor spelled "Intel") runs "w"; "target" (vendor as given) runs "resident", so it is active. */
    private static Inventory inventory(String targetVendor) {
        HostModel sourceModel = model("m-source", "Intel");
        HostModel targetModel = model("m-target", targetVendor);
        Host source = new Host("source", sourceModel, RACK, "c1", ESXI, HostState.ON);
        Host target = new Host("target", targetModel, RACK, "c1", ESXI, HostState.ON);
        List<Workload> workloads = new ArrayList<>(List.of(workload("w", source), workload("resident", target)));
        return Inventory.builder().name("live").sites(List.of(SITE)).racks(List.of(RACK))
                .hostModels(List.of(sourceModel, targetModel)).hypervisors(List.of(ESXI)).hosts(List.of(source, target))
                .workloads(workloads).build();
    }

    @ParameterizedTest(name = "Intel → {0}: live {1}")
    @CsvSource({"intel, true", "Intel, true", "GenuineIntel, true", "AMD, false", "amd, false"})
    void everyStageGivesTheModelsAnswer(String targetVendor, boolean live) {
        Inventory inventory = inventory(targetVendor);
        Host source = inventory.host("source");
        Host target = inventory.host("target");
        Workload w = inventory.workload("w");

        assertThat(MachineModel.canMigrateLive(source, target)).isEqualTo(live);
        // Policy rule POL-004: a running workload may go only where it can migrate live.
        PolicyRestrictions restrictions = PolicyRules.apply(rules, inventory);
        assertThat(restrictions.forbids(w, target)).isEqualTo(!live);
        // Review rule MIG-001 flags a planned move that would be cold.
        Map<Workload, Host> plan = Map.of(w, target, inventory.workload("resident"), target);
        assertThat(ReviewRules.findings(rules, inventory, plan).stream().filter(f -> f.ruleId().equals("MIG-001")))
                .hasSize(live ? 0 : 1);
        assertThat(new Move(w, source, target, 10).isLive()).isEqualTo(live);
        // The wave planner.
        assertThat(MigrationWaves.canMigrateLive(source, target)).isEqualTo(live);
        MigrationPlan waves = MigrationWaves.plan(inventory, plan, (workload, from, to, mode) ->
                new org.consolida.planning.migration.MigrationEstimate(1, 0));
        assertThat(waves.waves().get(0).moves().get(0).mode()).isEqualTo(live ? MigrationMode.LIVE : MigrationMode.COLD);
        // The simulated maintenance evacuation of the source: "w" migrates live to the target, or not at all.
        SimulationResult simulated = Simulator.simulate(inventory, Map.of(w, source, inventory.workload("resident"),
                target));
        CaseResult evacuation = simulated.scenarios().stream().filter(s -> s.name().equals("evacuate:source"))
                .findFirst().orElseThrow();
        assertThat(evacuation.evacuation().migrated()).isEqualTo(live ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Intel, Intel", "intel, Intel", "' GenuineIntel ', Intel", "Intel Corporation, Intel", "AMD, AMD",
            "AuthenticAMD, AMD", "amd, AMD", "Advanced Micro Devices, AMD", "Ampere, Ampere"})
    void aCpuVendorHasOneSpelling(String given, String normalised) {
        assertThat(MachineModel.cpuVendor(given)).isEqualTo(normalised);
        assertThat(model("m", given).cpuVendor()).isEqualTo(normalised);
    }
}
