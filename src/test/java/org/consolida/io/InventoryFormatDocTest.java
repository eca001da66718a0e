package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/inventory-format.md must be what the schema generates. After changing the schema, regenerate it with
 * {@code mvn -q -o test -Dtest=InventoryFormatDocTest -Dconsolida.regenerateDocs=true}.
 */
class InventoryFormatDocTest {
    private static final Path DOC = Path.of("docs", "inventory-format.md");

    @Test
    void committedDocMatchesTheSchema() throws IOException {
        String generated = InventoryFormatDoc.markdown();
        if (Boolean.getBoolean("consolida.regenerateDocs")) {
            AtomicFiles.writeString(DOC, generated);
        }
        assertThat(DOC).as("docs/inventory-format.md is missing; regenerate it with "
                + "mvn -q -o test -Dtest=InventoryFormatDocTest -Dconsolida.regenerateDocs=true").exists();
        assertThat(Files.readString(DOC))
                .as("docs/inventory-format.md differs from the schema; regenerate it with "
                        + "mvn -q -o test -Dtest=InventoryFormatDocTest -Dconsolida.regenerateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void documentsEverySheetAndColumnWithItsMeaning() {
        String doc = InventoryFormatDoc.markdown();
        for (SheetSpec sheet : InventorySchema.SHEETS) {
            assertThat(doc).contains("## " + sheet.name() + "\n");
            for (Column column : sheet.columns()) {
                assertThat(doc).contains("| `" + column.name() + "` | ");
                assertThat(column.meaning()).as(sheet.name() + "." + column.name()).isNotBlank();
            }
        }
        for (Column key : InventorySchema.POLICY_KEYS) {
            assertThat(doc).contains("| `" + key.name() + "` | ");
        }
    }
}
