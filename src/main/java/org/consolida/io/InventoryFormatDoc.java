package org.consolida.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/inventory-format.md, generated from {@link InventorySchema}. Regenerate after changing the schema with
 * {@code mvn -q -o test -Dtest=InventoryFormatDocTest -Dconsolida.regenerateDocs=true}, or by running this class's
 * main method with the target path.
 */
public final class InventoryFormatDoc {
    public static final Path DEFAULT_PATH = Path.of("docs", "inventory-format.md");

    private InventoryFormatDoc() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : DEFAULT_PATH;
        AtomicFiles.writeString(target, markdown());
        System.out.println("wrote " + target);
    }

    /** How any inventory file is read; shown in the docs and on the template's Instructions sheet. */
    public static List<String> rules() {
        return List.of(
                "One sheet per kind of thing; sheet names as below. Other sheets (such as Instructions) are ignored.",
                "The first non-blank row of a sheet is its header. Headers match column names ignoring case, spaces "
                        + "and a unit in brackets: \"Memory (GiB)\" is memory_gib, \"Overhead full (%)\" is "
                        + "overhead_full_pct.",
                "Blank rows are skipped with a warning that names them; the rows below them are read. Formulas are "
                        + "read by their last computed value. Numbers stored as text are accepted; write decimals with "
                        + "a dot. A cell formatted as a date is read as the date it shows, which no number column "
                        + "takes.",
                "Every number column has a plausible range (type column below); a figure outside it is an error at "
                        + "its cell, not a datacenter.",
                "Two sheets that stand for the same sheet (\"Workloads\" and \"WORKLOADS\"), or two header cells "
                        + "for one column, are an error naming both.",
                "Limits, checked while reading: a file of at most " + ReadLimits.DEFAULT_FILE_MIB + " MiB, each "
                        + "part of the workbook inflating to at most " + ReadLimits.DEFAULT_PART_MIB + " MiB, each "
                        + "cell at most " + ReadLimits.DEFAULT_CELL_CHARS + " characters (Excel itself holds 32,767);"
                        + " change them with -Dconsolida.maxFileMib, -Dconsolida.maxPartMib and "
                        + "-Dconsolida.maxCellChars in CONSOLIDA_JAVA_OPTS.",
                "Percent: a cell formatted as 25 % (or the text \"25%\") means 0.25 in a fraction column and 25 in a "
                        + "percent (_pct) column.",
                "A blank optional cell takes the column's default. Yes/no columns also accept y/n, true/false, 1/0.",
                "Every problem is reported at once with its cell, e.g. Workloads!E17: memory_gib \"abc\" is not a "
                        + "number.");
    }

    public static String typeText(Column column) {
        return switch (column.type()) {
            case ENUMERATION -> "one of: " + String.join(", ", column.allowed());
            case YES_NO -> "yes/no";
            default -> column.type().label() + (column.rangeText().isEmpty() ? "" : ", " + column.rangeText());
        };
    }

    public static String requiredText(Column column) {
        if (column.required()) {
            return "required";
        }
        return column.defaultValue().isEmpty() ? "optional" : "default " + column.defaultValue();
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Inventory format\n\n")
                .append("<!-- Generated from org.consolida.io.InventorySchema by InventoryFormatDoc: do not edit by hand.\n")
                .append("     Regenerate: mvn -q -o test -Dtest=InventoryFormatDocTest -Dconsolida.regenerateDocs=true -->\n\n")
                .append("Consolida reads an inventory from a native Excel workbook (`.xlsx`, start from ")
                .append("`./consolida template FILE.xlsx`) or from JSON (`.json`). Both hold the same sheets and ")
                .append("columns. `./consolida validate FILE` checks a file and summarises it; ")
                .append("`./consolida convert IN OUT` turns one form into the other.\n\n")
                .append("## How a workbook is read\n\n");
        rules().forEach(rule -> md.append("- ").append(rule).append('\n'));
        md.append("\n## JSON\n\n")
                .append("One object with the keys ");
        md.append(String.join(", ", InventorySchema.SHEETS.stream().map(s -> "`" + s.jsonKey() + "`").toList()));
        md.append(". Each is an array of objects keyed by the column names below (`flows` holds the Traffic rows), ")
                .append("except `policy`, an object of key and value. Yes/no values may be JSON booleans; a missing ")
                .append("key is a blank cell. Problems are located by path, e.g. `workloads[16].memory_gib`.\n\n")
                .append("## Sheets\n\n")
                .append("| sheet | JSON key | required | one row is |\n|---|---|---|---|\n");
        for (SheetSpec sheet : InventorySchema.SHEETS) {
            md.append("| ").append(sheet.name()).append(" | `").append(sheet.jsonKey()).append("` | ")
                    .append(sheet.required() ? "yes" : "no").append(" | ").append(escape(sheet.meaning()))
                    .append(" |\n");
        }
        for (SheetSpec sheet : InventorySchema.SHEETS) {
            md.append("\n## ").append(sheet.name()).append("\n\n").append(sheet.meaning()).append("\n\n");
            table(md, sheet.columns(), "column");
            if (sheet.name().equals(InventorySchema.POLICY)) {
                md.append("\n### Policy keys\n\n");
                table(md, InventorySchema.POLICY_KEYS, "key");
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Column> columns, String first) {
        md.append("| ").append(first).append(" | type | unit | required / default | meaning | example |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Column column : columns) {
            md.append("| `").append(column.name()).append("` | ").append(escape(typeText(column))).append(" | ")
                    .append(escape(column.unit())).append(" | ").append(escape(requiredText(column))).append(" | ")
                    .append(escape(column.meaning()))
                    .append(column.reference() == null ? "" : " Refers to " + column.reference() + ".")
                    .append(" | ").append(column.example().isEmpty() ? "" : "`" + column.example() + "`")
                    .append(" |\n");
        }
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
