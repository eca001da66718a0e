package org.consolida.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.consolida.generator.HostGeneration.Role;
import org.junit.jupiter.api.Test;

class HostGenerationTest {
    private final List<HostGeneration> catalogue = HostGeneration.catalogue();

    @Test
    void everyGenerationCarriesTheSpecResultOfItsPowerCurve() {
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalogue).allSatisfy(g -> assertThat(g.specResult()).matches("power_ssj2008-\\d{8}-\\d{5}"));
        assertThat(catalogue).extracting(HostGeneration::role).contains(Role.TYPE1, Role.TYPE2, Role.CONTAINER);
    }

    @Test
    void theOldestBareMetalGenerationDrawsMoreWattsPerGhzAndPerGibThanTheNewest() {
        List<HostGeneration> type1 = catalogue.stream().filter(g -> g.role() == Role.TYPE1)
                .sorted(Comparator.comparingInt(HostGeneration::year)).toList();
        HostGeneration oldest = type1.get(0);
        HostGeneration newest = type1.get(type1.size() - 1);

        assertThat(wattsPerGhzAtFullLoad(oldest)).isGreaterThan(3 * wattsPerGhzAtFullLoad(newest));
        assertThat(oldest.model().powerCurve().idleWatts() / oldest.model().memoryGib())
                .isGreaterThan(newest.model().powerCurve().idleWatts() / newest.model().memoryGib());
    }

    private static double wattsPerGhzAtFullLoad(HostGeneration generation) {
        return generation.model().powerCurve().maxWatts() / generation.model().cpuGhz();
    }
}
