package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void readsNumbersAsPeopleWriteThem() {
        assertThat(Numbers.parse(" 16 ")).isEqualTo(new Numbers.Parsed(16, false));
        assertThat(Numbers.parse("-0.5")).isEqualTo(new Numbers.Parsed(-0.5, false));
        assertThat(Numbers.parse("1e3")).isEqualTo(new Numbers.Parsed(1000, false));
        assertThat(Numbers.parse("25%")).isEqualTo(new Numbers.Parsed(25, true));
        assertThat(Numbers.parse("1 000")).isEqualTo(new Numbers.Parsed(1000, false));
    }

    @Test
    void refusesWhatJavaWouldAcceptButAPersonWouldNotMean() {
        assertThat(Numbers.parse("NaN")).isNull();
        assertThat(Numbers.parse("Infinity")).isNull();
        assertThat(Numbers.parse("1d")).isNull();
        assertThat(Numbers.parse("0x10")).isNull();
        assertThat(Numbers.parse("2,4")).isNull();
        assertThat(Numbers.parse("%")).isNull();
        assertThat(Numbers.parse("1e")).isNull();
    }

    @Test
    void thousandsSeparatorsOnlyWhereAskedForAndOnlyBetweenGroupsOfThree() {
        assertThat(Numbers.parse("32,768")).isNull(); // the template: perhaps someone's decimal comma
        assertThat(Numbers.parse("32,768", true)).isEqualTo(new Numbers.Parsed(32768, false));
        assertThat(Numbers.parse("1,024.5", true)).isEqualTo(new Numbers.Parsed(1024.5, false));
        assertThat(Numbers.parse("2,4", true)).isNull();
        assertThat(Numbers.parse("12,34,567", true)).isNull();
        assertThat(Numbers.parse("NaN", true)).isNull();
    }

    @Test
    void writesTheShortestExactText() {
        assertThat(Numbers.text(42.0)).isEqualTo("42");
        assertThat(Numbers.text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.parse(Numbers.text(1.0 / 3)).value()).isEqualTo(1.0 / 3);
    }
}
