package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanPlacementsTest {
    @TempDir
    Path folder;

    private Inventory inventory() {
        TestDatacenter dc = new TestDatacenter();
        Host h1 = dc.host("h1");
        dc.host("h2");
        for (String id : List.of("a", "b", "c")) {
            dc.vm(id, 2, 1, 4, h1);
        }
        return dc.inventory();
    }

    @Test
    void readsWhereThePlanPutsEachWorkloadAndNullAsUnplaced() throws Exception {
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, """
                {"schema": "consolida.plan/1", "placements": [
                  {"workload": "a", "from": "h1", "to": "h2", "moved": true},
                  {"workload": "b", "from": "h1", "to": "h1", "moved": false},
                  {"workload": "c", "from": "h1", "to": null, "moved": true}]}
                """);
        Inventory inventory = inventory();

        Map<Workload, Host> placements = PlanPlacements.read(plan, inventory);

        assertThat(placements).containsEntry(inventory.workload("a"), inventory.host("h2"))
                .containsEntry(inventory.workload("b"), inventory.host("h1"))
                .doesNotContainKey(inventory.workload("c"));
    }

    @Test
    void reportsEveryUnknownIdWithItsPlaceInThePlan() throws Exception {
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, """
                {"placements": [{"workload": "zz", "to": "h1"}, {"workload": "a", "to": "h9"}]}
                """);

        assertThatThrownBy(() -> PlanPlacements.read(plan, inventory()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString)
                        .containsExactly(plan + ": placements[0].workload: \"zz\" is not in the inventory test; "
                                        + "replay the plan against the inventory it was made for",
                                plan + ": placements[1].to: \"h9\" is not a host of the inventory test; give a host "
                                        + "id, or null for unplaced"));
    }

    @Test
    void rejectsAFileWithoutPlacements() throws Exception {
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, "{\"schema\": \"consolida.plan/1\"}");

        assertThatThrownBy(() -> PlanPlacements.read(plan, inventory()))
                .hasMessageContaining("placements: is missing or not a list");
    }
}
