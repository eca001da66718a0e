package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class PlacementSolutionClonerTest {
    @Test
    void aCloneHasItsOwnPlacementsWithTheSameHostsAndSharesTheFacts() {
        PlacementSolution original = PlacementProblem.of(NominalMachines.of(TestDatacenter.random(3, 6, 30)
                .inventory()), ForbiddenPlacements.none(), Objective.ENERGY);
        PlacementProblem.startFromToday(original);

        PlacementSolution clone = new PlacementSolution.Cloner().cloneSolution(original);

        assertThat(clone.getPlacements()).hasSameSizeAs(original.getPlacements());
        for (int i = 0; i < original.getPlacements().size(); i++) {
            Placement a = original.getPlacements().get(i);
            Placement b = clone.getPlacements().get(i);
            assertThat(b).isNotSameAs(a);
            assertThat(List.of(b.getId(), b.getIndex(), b.getHost(), b.getCurrentHost(), b.isPinned(), b.getSize()))
                    .isEqualTo(List.of(a.getId(), a.getIndex(), a.getHost(), a.getCurrentHost(), a.isPinned(),
                            a.getSize()));
        }
        assertThat(clone.getHosts()).isSameAs(original.getHosts());
        assertThat(clone.getTraffic()).isSameAs(original.getTraffic());
        // Moving a workload in the clone leaves the original as it was.
        Placement moved = clone.getPlacements().get(0);
        PlannedHost before = original.getPlacements().get(0).getHost();
        moved.setHost(null);
        assertThat(original.getPlacements().get(0).getHost()).isSameAs(before).isNotNull();
    }
}
