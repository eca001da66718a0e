package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.MeasuredUse;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class DemandSharesTest {
    private static double[] day(double first, double rest, double last) {
        double[] samples = new double[288];
        Arrays.fill(samples, rest);
        samples[0] = first;
        samples[287] = last;
        return samples;
    }

    @Test
    void workloadsFollowTheTracesInTheOrderGivenAndWrapAround() {
        Inventory inventory = new TestDatacenter().withHosts("h1").withVm("w0", 2, 4, "h1").withVm("w1", 2, 4, "h1")
                .withVm("w2", 2, 4, "h1").inventory();

        DemandShares shares = DemandShares.traces(inventory, List.of(day(0.10, 0.10, 0.90), day(0.5, 0.5, 0.5)),
                "traces", SimulationSettings.defaults());

        assertThat(shares.share(0, 0)).isCloseTo(0.10, within(1e-12));
        assertThat(shares.share(0, 287)).isCloseTo(0.90, within(1e-12));
        assertThat(shares.share(1, 0)).isCloseTo(0.50, within(1e-12));
        assertThat(shares.share(2, 287)).isCloseTo(0.90, within(1e-12)); // third workload wraps to the first trace
        assertThat(shares.description()).contains("trace i mod 2");
    }

    @Test
    void aMeasuredWorkloadReplaysItsDayAsAShareOfItsPlannedCpuAndTheOthersFollowTheirProfile() {
        Inventory inventory = new TestDatacenter().withHosts("h1").withVm("measured", 2, 4, "h1")
                .withVm("other", 2, 4, "h1").inventory();
        // Hourly slots: 1 GHz until noon, 3 GHz after (above the 2 GHz planned), nothing measured 23:00–24:00.
        double[] day = new double[24];
        Arrays.fill(day, 0, 12, 1.0);
        Arrays.fill(day, 12, 23, 3.0);
        day[23] = Double.NaN;
        MeasuredUse use = MeasuredUse.builder().workload("measured").cpuSamples(23).cpuPercentileGhz(1.8)
                .plannedCpuGhz(2.0).cpuPeakGhz(3.0).cpuMeanGhz(1.9).memoryGib(null).memoryPeakGib(null)
                .configuredVcpus(1).configuredMemoryGib(4).daySlotMinutes(60).dayCpuGhz(day).build();

        DemandShares shares = DemandShares.measured(inventory, MeasuredDemand.of("h.csv", "CPU p95", List.of(use)),
                SimulationSettings.defaults());

        assertThat(shares.share(0, 0)).isCloseTo(0.5, within(1e-12));         // 1 of 2 GHz planned
        assertThat(shares.share(0, 12 * 12)).isCloseTo(1.5, within(1e-12));   // 3 of 2 GHz at 12:00
        assertThat(shares.share(0, 23 * 12)).isEqualTo(1.0);                  // no sample: the (flat) profile
        assertThat(shares.share(1, 100)).isEqualTo(1.0);                      // no history: its profile
        assertThat(shares.description()).startsWith("1 workloads replay the last 24 hours of their history (h.csv)");
    }
}
