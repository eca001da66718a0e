package org.consolida.io.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanetLabTracesTest {
    @TempDir
    Path folder;

    @Test
    void readsTracesInSortedFileOrderAsShares() throws Exception {
        Files.writeString(folder.resolve("b-trace"), "50\n".repeat(288));
        Files.writeString(folder.resolve("a-trace"), "10\n".repeat(287) + "90\n");

        List<PlanetLabTraces.Trace> traces = PlanetLabTraces.read(folder);

        assertThat(traces).extracting(PlanetLabTraces.Trace::name).containsExactly("a-trace", "b-trace");
        assertThat(traces.get(0).sharePerSample()).hasSize(288);
        assertThat(traces.get(0).sharePerSample()[287]).isEqualTo(0.90);
        assertThat(traces.get(1).sharePerSample()[0]).isEqualTo(0.50);
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
