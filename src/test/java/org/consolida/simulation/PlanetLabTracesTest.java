package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanetLabTracesTest {
    @TempDir
    Path folder;

    @Test
    void workloadsFollowTheTracesInSortedFileOrderAndWrapAround() throws Exception {
        Files.writeString(folder.resolve("b-trace"), "50\n".repeat(288));
        Files.writeString(folder.resolve("a-trace"), "10\n".repeat(287) + "90\n");
        TestDatacenter dc = new TestDatacenter();
        Host h1 = dc.host("h1", dc.rack("r1"), HostModels.TEN_CORES.toBuilder().id("m").coresPerSocket(8).coreGhz(2.5)
                .memoryGib(128).powerCurve(PowerCurve.linear(1, 2)).build(), Hypervisors.NATIVE);
        dc.vm("w0", 1, 2, 4, h1);
        dc.vm("w1", 1, 2, 4, h1);
        dc.vm("w2", 1, 2, 4, h1);
        Inventory inventory = dc.inventory();
        SimulationSettings settings = SimulationSettings.defaults();

        List<PlanetLabTraces.Trace> traces = PlanetLabTraces.read(folder);
        DemandShares shares = DemandShares.traces(inventory, traces, folder.toString(), settings);

        assertThat(traces).extracting(PlanetLabTraces.Trace::name).containsExactly("a-trace", "b-trace");
        assertThat(shares.share(0, 0)).isCloseTo(0.10, within(1e-12));
        assertThat(shares.share(0, 287)).isCloseTo(0.90, within(1e-12));
        assertThat(shares.share(1, 0)).isCloseTo(0.50, within(1e-12));
        assertThat(shares.share(2, 287)).isCloseTo(0.90, within(1e-12)); // third workload wraps to the first trace
        assertThat(shares.description()).contains("trace i mod 2");
    }

    @Test
    void readsTheShippedPlanetLabDay() {
        Path day = Path.of("datasets/planetlab/20110303");

        List<PlanetLabTraces.Trace> traces = PlanetLabTraces.read(day);

        assertThat(traces).hasSize(1052);
        assertThat(traces).allSatisfy(t -> assertThat(t.sharePerSample()).hasSize(288));
    }

    @Test
    void reportsAMalformedSampleWithItsFileAndLine() throws Exception {
        Files.writeString(folder.resolve("vm1"), "12\nabc\n140\n");

        assertThatThrownBy(() -> PlanetLabTraces.read(folder))
                .hasMessageContaining("vm1: line 2: \"abc\" is not a number");
    }
}
