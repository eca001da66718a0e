package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.consolida.inventory.HostModel;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Restriction;
import org.consolida.planning.NominalMachines;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.report.ReportModel;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {
    private static final SolveSettings QUICK = new SolveSettings(Duration.ofSeconds(2), null, 1L, 2_000L);

    /** m10: 100–200 W; eco: 40–100 W; 15 GHz of demand needs both (the optimum draws 250 W, the bound says 250 W). */
    private static TestDatacenter twoHosts() {
        HostModel eco = HostModels.TEN_CORES.toBuilder().id("eco").powerCurve(PowerCurve.linear(40, 100)).build();
        return new TestDatacenter().withHosts("h1").withHost("eco", h -> h.model(eco)).withVm("a", 7, 8)
                .withVm("b", 8, 8);
    }

    @Test
    void statesTheGapToTheBoundInWordsAndAsARatio() {
        Inventory inventory = NominalMachines.of(twoHosts().inventory());
        PlanResult result = new Planner().plan(inventory, List.of(), QUICK, SolveListener.NONE);
        ReportModel.Comparison comparison = PlanComparison.of(result, "EUR");

        double ratio = result.after().energyKwhPerYear() / result.lowerBound().energyKwhPerYear();
        assertThat(comparison.energyOverBound()).isCloseTo(ratio, org.assertj.core.api.Assertions.within(1e-4));
        // The search reaches the optimum here, which the LP bound meets: within a few percent.
        assertThat(comparison.gap()).startsWith("within ")
                .contains("of the least energy any plan on this hardware can use")
                .contains(String.format(Locale.ROOT, "%.0f kWh a year", result.after().energyKwhPerYear()));
    }

    @Test
    void saysUnderThesePoliciesWhenTheBoundHonoursRestrictions() {
        Inventory inventory = NominalMachines.of(twoHosts().inventory());
        List<Restriction> restrictions = List.of(new Restriction("POL-T", inventory.workload("b"),
                inventory.host("eco"), "test"));
        PlanResult result = new Planner().plan(inventory, restrictions, QUICK, SolveListener.NONE);

        assertThat(PlanComparison.of(result, "EUR").gap())
                .contains("the least energy any plan under these policies can use");
    }

    @Test
    void claimsNoGapWhenWorkloadsAreUnplaced() {
        Inventory inventory = NominalMachines.of(new TestDatacenter().withHosts("h1").withVm("a", 6, 8)
                .withVm("b", 6, 8).inventory());
        PlanResult result = new Planner().plan(inventory, List.of(), QUICK, SolveListener.NONE);

        ReportModel.Comparison comparison = PlanComparison.of(result, "EUR");
        assertThat(comparison.gap()).isNull();
        assertThat(comparison.energyOverBound()).isNull();
        assertThat(comparison.energy()).contains("unplaced");
    }

    @Test
    void yearlyCostIsTheObjectivesSoftTermsForThePlanAndEachBaseline() {
        Inventory inventory = NominalMachines.of(twoHosts().inventory());
        PlanResult result = new Planner().plan(inventory, List.of(), QUICK, SolveListener.NONE);

        ReportModel.YearlyCost cost = PlanComparison.of(result, "EUR").yearlyCost();
        assertThat(cost.objective()).isEqualTo("cost");
        assertThat(cost.plan()).isEqualTo(-result.plan().getScore().softScore() / 100.0);
        assertThat(cost.firstFitDecreasing()).isEqualTo(-result.firstFitDecreasing().score().softScore() / 100.0);
        assertThat(cost.powerAwareBestFit()).isEqualTo(-result.powerAwareBestFit().score().softScore() / 100.0);
        // The plan is never worse than a baseline it could have started from.
        assertThat(cost.plan()).isLessThanOrEqualTo(Math.min(cost.firstFitDecreasing(), cost.powerAwareBestFit()));
        assertThat(cost.summary()).startsWith("Yearly cost of the cost objective")
                .contains(String.format(Locale.ROOT, "plan %,.0f EUR", cost.plan())).doesNotContain("unplaced");
    }

    @Test
    void yearlyCostNamesTheWorkloadsABaselineLeavesOut() {
        // One host of 10 cores: a (6) and b (6) cannot both run, so every plan leaves one out.
        Inventory inventory = NominalMachines.of(new TestDatacenter().withHosts("h1").withVm("a", 6, 8)
                .withVm("b", 6, 8).inventory());
        PlanResult result = new Planner().plan(inventory, List.of(), QUICK, SolveListener.NONE);

        assertThat(PlanComparison.of(result, "EUR").yearlyCost().summary())
                .contains("plan " + String.format(Locale.ROOT, "%,.0f", -result.plan().getScore().softScore() / 100.0)
                        + " EUR, with 1 workload unplaced")
                .contains("first-fit decreasing").contains("power-aware best fit");
    }
}
