package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The one duration grammar of the command line and the manifest. */
class DurationsTest {

    @Test
    void readsUnitsLargestFirstBareSecondsAndIso() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h2m3s4ms")).isEqualTo(Duration.ofMillis(3_723_004));
        assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse(" 30 S ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parse("2.5")).isEqualTo(Duration.ofMillis(2_500));
        assertThat(Durations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
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
