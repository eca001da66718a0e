package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {
    private final Table table = new Table("x.xlsx", "vPartition", false, 2,
            List.of("VM", "Free % ", "  Capacity  MB", "Owner"), List.<String[]>of(new String[] {"vm-1", " 49 ", "10", null}));

    @Test
    void findsAColumnWhateverItsCaseAndSurroundingSpaces() {
        assertThat(table.column("Free %")).isEqualTo(1);
        assertThat(table.column("Capacity MiB", "capacity mb")).isEqualTo(2);
        assertThat(table.column("Consumed MiB")).isEqualTo(-1);
    }

    @Test
    void locatesCellsAsSheetColumnAndRow() {
        assertThat(table.where(0, 2)).isEqualTo("vPartition!C2");
        assertThat(table.text(0, 1)).isEqualTo("49");
        assertThat(table.text(0, 3)).isEmpty();
        assertThat(table.text(0, -1)).isEmpty();
    }

    @Test
    void parsesColumnLettersOfAnyWidth() {
        assertThat(XlsxTabs.column("A1")).isZero();
        assertThat(XlsxTabs.column("AB12")).isEqualTo(27);
        assertThat(XlsxTabs.column("CL1048576")).isEqualTo(89);
    }
}
