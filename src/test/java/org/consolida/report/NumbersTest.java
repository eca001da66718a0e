package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void groupsThousandsWithCommasWhateverTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Numbers.whole(1_234_567.5)).isEqualTo("1,234,568");
            assertThat(Numbers.oneDecimal(1234.25)).isEqualTo("1,234.3");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void showsAMissingFigureAsADash() {
        assertThat(Numbers.whole(null)).isEqualTo("\u2013");
        assertThat(Numbers.sortKey(null)).isEmpty();
    }

    @Test
    void savingGivesTheDifferenceAndItsShareOfBefore() {
        assertThat(Numbers.saving(40.0, 22.0)).isEqualTo("18 (45.0\u00a0%)");
        assertThat(Numbers.saving(0.0, 0.0)).isEqualTo("0");
        assertThat(Numbers.saving(40.0, null)).isEmpty();
    }
}
