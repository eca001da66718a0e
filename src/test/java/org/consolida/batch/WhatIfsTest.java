package org.consolida.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class WhatIfsTest {
    private final Inventory inventory = TestDatacenter.oldFleet("demo", 4);

    private static Scenario scenario(Map<String, Double> growth, List<Scenario.Refresh> refresh,
                                     List<String> removeHosts, FailoverPolicy failover, Double priceFactor) {
        return Scenario.builder().name("s").inventory(Path.of("demo.xlsx")).demandGrowthPct(growth).refresh(refresh)
                .removeHosts(removeHosts).failover(failover).kwhPriceFactor(priceFactor)
                .timeLimit(Duration.ofSeconds(1)).seed(1L).build();
    }

    @Test
    void demandGrowthScalesEachResourceByItsOwnPercentage() {
        Inventory grown = WhatIfs.apply(scenario(Map.of("cpu", 30.0, "network", 100.0), null, null, null, null),
                inventory, "m.json");

        assertThat(grown.workloads().get(0).cpuGhz()).isCloseTo(1.5 * 1.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grown.workloads().get(0).memoryGib()).isEqualTo(8);
        assertThat(grown.flows().get(0).mbps()).isEqualTo(80);
    }

    @Test
    void aRefreshReplacesEveryHostOfAModelAndStartsItsWorkloadsAfresh() {
        Inventory refreshed = WhatIfs.apply(scenario(null, List.of(new Scenario.Refresh("old", "new", 2)), null, null,
                null), inventory, "m.json");

        assertThat(refreshed.hosts()).extracting(h -> h.model().id()).containsExactly("new", "new");
        assertThat(refreshed.hosts()).extracting(h -> h.rack().id()).containsExactly("r1", "r2");
        assertThat(refreshed.workloads()).allSatisfy(w -> assertThat(w.currentHost()).isNull());
        assertThat(refreshed.workloads()).noneMatch(w -> w.pinned());
    }

    @Test
    void removedHostsLeaveTheirWorkloadsWithoutAHostAndOthersUntouched() {
        Inventory smaller = WhatIfs.apply(scenario(null, null, List.of("old-1"), null, null), inventory, "m.json");

        assertThat(smaller.hosts()).extracting(Host::id).containsExactly("old-2", "old-3", "old-4");
        assertThat(smaller.workload("w0").currentHost()).isNull();
        assertThat(smaller.workload("w2").currentHost().id()).isEqualTo("old-2");
    }

    @Test
    void policyAndPricesChangeWhereTheScenarioSaysSo() {
        Inventory changed = WhatIfs.apply(scenario(null, null, null, FailoverPolicy.N_PLUS_1, 2.0), inventory, "m.json");

        assertThat(changed.policy().failover()).isEqualTo(FailoverPolicy.N_PLUS_1);
        assertThat(changed.sites().get(0).kwhPrice()).isEqualTo(0.20); // 0.10 × 2
        assertThat(changed.hosts().get(0).site().kwhPrice()).as("hosts see the new price").isEqualTo(0.20);
        assertThat(changed.policy().cpuOvercommit()).isEqualTo(inventory.policy().cpuOvercommit());
    }

    @Test
    void unknownModelsAndHostsAreReportedTogether() {
        Scenario bad = scenario(null, List.of(new Scenario.Refresh("old", "R999", 2)), List.of("nope"), null, null);

        assertThatThrownBy(() -> WhatIfs.apply(bad, inventory, "m.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString)
                        .containsExactly("m.json: scenario s: removeHosts: host \"nope\" is not in the inventory",
                                "m.json: scenario s: refresh: model \"R999\" is not in the inventory's HostModels"));
    }
}
