package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InventorySchemaTest {
    @Test
    void everyNumberColumnAndPolicyKeyHasAPlausibleMaximum() {
        List<Column> columns = new ArrayList<>(InventorySchema.POLICY_KEYS);
        InventorySchema.SHEETS.forEach(sheet -> columns.addAll(sheet.columns()));

        assertThat(columns).filteredOn(Column::isNumeric).allSatisfy(column -> {
            assertThat(column.max()).as(column.name()).isNotNull();
            assertThat(column.rangeText()).as(column.name()).contains(Numbers.text(column.max()));
        });
    }
}
