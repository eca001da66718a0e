package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadersTest {
    @Test
    void matchesAUnitInBracketsAsPartOfTheName() {
        assertThat(Headers.match(InventorySchema.WORKLOADS_SHEET, "Memory (GiB)")).map(Column::name)
                .contains("memory_gib");
        assertThat(Headers.match(InventorySchema.HYPERVISORS_SHEET, "Overhead full (%)")).map(Column::name)
                .contains("overhead_full_pct");
    }

    @Test
    void matchesAUnitInBracketsAsAMereSuffix() {
        assertThat(Headers.match(InventorySchema.RACKS_SHEET, "Units (U)")).map(Column::name).contains("units");
        assertThat(Headers.match(InventorySchema.RACKS_SHEET, "Power [kW]")).map(Column::name).contains("power_kw");
    }

    @Test
    void ignoresCaseAndSpacesButNotOtherWords() {
        assertThat(Headers.match(InventorySchema.WORKLOADS_SHEET, " Current Host ")).map(Column::name)
                .contains("current_host");
        assertThat(Headers.match(InventorySchema.WORKLOADS_SHEET, "memory")).isEmpty();
    }

    @Test
    void findsASheetByItsNameIgnoringCaseAndSpaces() {
        assertThat(InventorySchema.sheet("host models")).contains(InventorySchema.HOST_MODELS_SHEET);
        assertThat(InventorySchema.sheet("Instructions")).isEmpty();
    }
}
