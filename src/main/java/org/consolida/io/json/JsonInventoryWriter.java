package org.consolida.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Inventory;
import org.consolida.io.AtomicFiles;
import org.consolida.io.Column;
import org.consolida.io.InventoryRows;
import org.consolida.io.InventorySchema;
import org.consolida.io.SheetSpec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** Writes the JSON form of an inventory, streaming, one object per row keyed by the schema's column names. */
public final class JsonInventoryWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonInventoryWriter() {
    }

    public static void write(Inventory inventory, Path target) {
        AtomicFiles.write(target, out -> write(inventory, out));
    }

    public static void write(Inventory inventory, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            for (Map.Entry<SheetSpec, List<Object[]>> sheet : InventoryRows.of(inventory).entrySet()) {
                SheetSpec spec = sheet.getKey();
                json.writeFieldName(spec.jsonKey());
                if (spec.name().equals(InventorySchema.POLICY)) {
                    json.writeStartObject();
                    for (Object[] row : sheet.getValue()) {
                        json.writeFieldName((String) row[0]);
                        value(json, row[1]);
                    }
                    json.writeEndObject();
                    continue;
                }
                List<Column> columns = spec.columns();
                json.writeStartArray();
                for (Object[] row : sheet.getValue()) {
                    json.writeStartObject();
                    for (int c = 0; c < row.length; c++) {
                        if (row[c] != null) {
                            json.writeFieldName(columns.get(c).name());
                            value(json, row[c]);
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                json.writeNumber(d.longValue());
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }
}
