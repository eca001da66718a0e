package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.consolida.inventory.SpreadScope;
import org.consolida.planning.Justifications.CrossTraffic;
import org.consolida.planning.Justifications.FailoverShortfall;
import org.consolida.planning.Justifications.Forbidden;
import org.consolida.planning.Justifications.Headroom;
import org.consolida.planning.Justifications.HostEnergy;
import org.consolida.planning.Justifications.Migration;
import org.consolida.planning.Justifications.OnMaintenanceHost;
import org.consolida.planning.Justifications.Overage;
import org.consolida.planning.Justifications.Overload;
import org.consolida.planning.Justifications.RackOverBudget;
import org.consolida.planning.Justifications.RackSpace;
import org.consolida.planning.Justifications.SpreadBroken;
import org.consolida.planning.Justifications.Unplaced;
import org.consolida.planning.Justifications.VcpusTooSlow;
import org.junit.jupiter.api.Test;

/** Each justification in words: the ids, the figures with their units, what is wrong or what it costs. */
class JustificationsTest {

    @Test
    void anOverloadNamesEachResourceOverItsLimitMemoryInGib() {
        // 268 GiB = 274,432 MiB on a 256 GiB = 262,144 MiB limit: 12 GiB too much.
        Overload overload = new Overload("esx-07", List.of(new Overage(Resource.CPU, 41_000, 40_000, "MHz"),
                new Overage(Resource.MEMORY, 274_432, 262_144, "MiB")));
        assertThat(overload.description()).isEqualTo("host esx-07 is over its CPU limit by 1,000 MHz (41,000 of "
                + "40,000 MHz) and its memory limit by 12 GiB (268 of 256 GiB)");
    }

    @Test
    void hardPenaltiesSayWhatIsWrong() {
        assertThat(new VcpusTooSlow("slow", "h2", 2, 2_552, 2_000).description()).isEqualTo(
                "workload slow needs 2,552 MHz of CPU on host h2, 552 MHz more than its 2 vCPUs can run on its cores"
                        + " (2,000 MHz)");
        assertThat(new Forbidden("a", "h1", "POL-1", "needs PV").description())
                .isEqualTo("workload a is on host h1, which rule POL-1 forbids (needs PV)");
        assertThat(new SpreadBroken("g", SpreadScope.RACK, "a", "b", "rack r1").description())
                .isEqualTo("workloads a and b of redundancy group g share rack r1, though the group is spread by rack");
        assertThat(new OnMaintenanceHost("a", "h2").description())
                .isEqualTo("workload a is on host h2, which is in maintenance and must stay empty");
        assertThat(new RackOverBudget("small", 351, 300).description())
                .isEqualTo("rack small draws 351 W, 51 W above its power budget of 300 W");
        assertThat(new FailoverShortfall("c1", Resource.MEMORY, 200 * 1024, 300 * 1024, 128 * 1024, "MiB")
                .description()).isEqualTo("cluster c1 needs 200 GiB of memory but has 172 GiB once its largest host"
                        + " (128 GiB) fails: 28 GiB short of the failover reserve");
        assertThat(new Unplaced("a", 251).description()).startsWith("workload a is left without a host (weight 251");
    }

    @Test
    void softPenaltiesSayWhatTheyCost() {
        assertThat(new HostEnergy("h1", 0.5103, 151.03, 39_691).description())
                .isEqualTo("host h1 runs at 51.0 % CPU and draws 151 W: 396.91 a year of energy");
        assertThat(new RackSpace("h1", 2, 24_000).description())
                .isEqualTo("host h1 takes 2 rack units: 240.00 a year of rack space");
        assertThat(new Migration("a", "h1", "h2", 16, 800).description())
                .isEqualTo("moving workload a (16.0 GiB of memory) from host h1 to host h2 costs 8.00 once");
        assertThat(new CrossTraffic("a", "d", Traffic.Distance.SITE, 10, 5_000).description())
                .isEqualTo("10 Mbit/s of traffic from a to d crosses racks within a site: 50.00 a year");
        assertThat(new Headroom("h1", 0.9184, 11.84, 59_200).description())
                .isEqualTo("host h1 runs at 91.8 % CPU, 11.84 points above the ceiling: 592.00 a year");
    }

    @Test
    void aForeignJustificationFallsBackToItsText() {
        assertThat(Justifications.describe(new Unplaced("a", 1))).startsWith("workload a");
        assertThat(Justifications.describe("something else")).isEqualTo("something else");
    }
}
