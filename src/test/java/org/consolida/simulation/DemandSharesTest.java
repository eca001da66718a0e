package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
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
        TestDatacenter dc = new TestDatacenter();
        Host h1 = dc.host("h1", dc.rack("r1"), TestDatacenter.model("m", 8, 2.5, 128, 10, PowerCurve.linear(1, 2)),
                TestDatacenter.NATIVE);
        dc.vm("w0", 1, 2, 4, h1);
        dc.vm("w1", 1, 2, 4, h1);
        dc.vm("w2", 1, 2, 4, h1);
        Inventory inventory = dc.inventory();

        DemandShares shares = DemandShares.traces(inventory, List.of(day(0.10, 0.10, 0.90), day(0.5, 0.5, 0.5)),
                "traces", SimulationSettings.defaults());

        assertThat(shares.share(0, 0)).isCloseTo(0.10, within(1e-12));
        assertThat(shares.share(0, 287)).isCloseTo(0.90, within(1e-12));
        assertThat(shares.share(1, 0)).isCloseTo(0.50, within(1e-12));
        assertThat(shares.share(2, 287)).isCloseTo(0.90, within(1e-12)); // third workload wraps to the first trace
        assertThat(shares.description()).contains("trace i mod 2");
    }
}
