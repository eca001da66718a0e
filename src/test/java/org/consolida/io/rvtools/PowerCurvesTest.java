package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PowerCurvesTest {
    @Test
    void findsThePartNumberInCpuNamesAsVHostWritesThem() {
        assertThat(PowerCurves.part("Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz")).isEqualTo("5218");
        assertThat(PowerCurves.part("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz")).isEqualTo("E5-2680 V4");
        assertThat(PowerCurves.part("AMD EPYC 7763 64-Core Processor")).isEqualTo("7763");
        assertThat(PowerCurves.part("Intel(R) Xeon(R) Gold 6548Y+")).isEqualTo("6548Y");
        assertThat(PowerCurves.part("")).isNull();
    }

    @Test
    void takesTheMeasuredCurveOfTheSameCpuAndSocketCount() {
        // datasets/power/specpower-2019-2025-single-node.csv: Inspur NF5280M5, 2 × Xeon Gold 5218, 114 … 367 W
        PowerCurves.Match match = PowerCurves.forHost("Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz", 2);
        assertThat(List.of(match.curve().idleWatts(), match.curve().maxWatts())).containsExactly(114.0, 367.0);
        assertThat(match.source()).contains("power_ssj2008-20210728-01121");
    }

    @Test
    void fallsBackToAReferenceServerScaledBySockets() {
        PowerCurves.Match match = PowerCurves.forHost("Some Unknown CPU", 4);
        // HPE DL380 Gen10 Plus (2 sockets, 127 … 619 W), doubled for four sockets
        assertThat(List.of(match.curve().idleWatts(), match.curve().maxWatts())).containsExactly(254.0, 1238.0);
        assertThat(match.source()).startsWith("no SPECpower result");
    }
}
