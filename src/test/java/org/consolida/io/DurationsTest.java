package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one duration grammar of the command line and the manifest. */
class DurationsTest {

    @Test
    void readsUnitsLargestFirstBareSecondsAndIso() {
        assertThat(Stream.of("500ms", "30s", "5m", "1h", "1m30s", "1h2m3s4ms", "1.5h", " 30 S ", "45", "2.5", "PT30S",
                "pt1m").map(Durations::parse)).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMillis(3_723_004),
                Duration.ofMinutes(90), Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofMillis(2_500),
                Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    @Test
    void rejectsWhatIsNotADurationNamingTheTextAndTheGrammar() {
        for (String text : new String[] {"", "s", "30x", "30s5m", "1m1m", "-5s", "PT", "30 seconds", "1,5s"}) {
            assertThatThrownBy(() -> Durations.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + text + "\"").hasMessageContaining("500ms, 30s");
        }
    }

    @Test
    void aPositiveDurationIsLongerThanZero() {
        assertThat(Durations.parsePositive("1ms")).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> Durations.parsePositive("0s")).hasMessageContaining("not longer than zero");
        assertThatThrownBy(() -> Durations.parsePositive("PT0S")).hasMessageContaining("not longer than zero");
    }
}
