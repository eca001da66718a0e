package org.consolida.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.io.excel.ExcelInventoryReader;
import org.consolida.io.excel.ExcelInventoryWriter;
import org.consolida.io.json.JsonInventoryReader;
import org.consolida.io.json.JsonInventoryWriter;
import org.consolida.io.rvtools.RvToolsImport;
import org.consolida.io.rvtools.RvToolsOptions;
import org.consolida.io.rvtools.RvToolsReader;

/** Reads and writes inventories in any supported format, chosen from the file's content and extension. */
public final class Inventories {
    /** The native Excel workbook. */
    public static final InventoryFormat EXCEL = new InventoryFormat() {
        @Override
        public String name() {
            return "Excel workbook";
        }

        @Override
        public boolean canRead(Path file, byte[] head) {
            return hasExtension(file, ".xlsx", ".xlsm", ".xls") || startsWithZip(head);
        }

        @Override
        public ReadResult read(Path file) {
            return InventoryBuilder.build(ExcelInventoryReader.read(file, baseName(file)));
        }

        @Override
        public boolean canWrite(Path file) {
            return hasExtension(file, ".xlsx");
        }

        @Override
        public void write(Inventory inventory, Path file) {
            ExcelInventoryWriter.write(inventory, file);
        }
    };

    public static final InventoryFormat JSON = new InventoryFormat() {
        @Override
        public String name() {
            return "JSON";
        }

        @Override
        public boolean canRead(Path file, byte[] head) {
            return hasExtension(file, ".json") || startsWithBrace(head);
        }

        @Override
        public ReadResult read(Path file) {
            return InventoryBuilder.build(JsonInventoryReader.read(file, baseName(file)));
        }

        @Override
        public boolean canWrite(Path file) {
            return hasExtension(file, ".json");
        }

        @Override
        public void write(Inventory inventory, Path file) {
            JsonInventoryWriter.write(inventory, file);
        }
    };

    /**
     * The formats, asked in order. Content wins over extension where it is clear (JSON before Excel, so a JSON file
     * named .xlsx is still read). Extension point: an RVTools reader goes before {@link #EXCEL}, claiming .xlsx files
     * whose sheets include vInfo and vHost.
     */
    public static final List<InventoryFormat> FORMATS = List.of(JSON, EXCEL);

    private static final int HEAD_BYTES = 4096;

    private Inventories() {
    }

    /** Reads an inventory, or throws an InvalidInputException with every problem found; warnings are dropped. */
    public static Inventory read(Path file) {
        return readWithWarnings(file).inventory();
    }

    /**
     * Reads an inventory and the warnings found on the way (today's placement over capacity, for instance). An RVTools
     * export (a workbook with vInfo and vHost, or a folder or zip of its CSV tabs) is recognised by its content; what
     * it lacks comes from documented defaults, each reported as a warning.
     */
    public static ReadResult readWithWarnings(Path file) {
        return readWithWarnings(file, null, RvToolsOptions.defaults());
    }

    /** As {@link #readWithWarnings(Path)}, with a catalog and options for an RVTools export (ignored otherwise). */
    public static ReadResult readWithWarnings(Path file, Path rvToolsCatalog, RvToolsOptions rvToolsOptions) {
        if (RvToolsReader.isRvTools(file)) {
            RvToolsImport export = RvToolsReader.read(file, rvToolsCatalog, rvToolsOptions);
            return new ReadResult(export.inventory(), export.problems());
        }
        return formatFor(file).read(file);
    }

    /** The format that claims this file, or an InvalidInputException naming the formats there are. */
    public static InventoryFormat formatFor(Path file) {
        byte[] head = head(file);
        // JSON by content first: its first character is unmistakable, an extension is only a name.
        if (startsWithBrace(head)) {
            return JSON;
        }
        for (InventoryFormat format : FORMATS) {
            if (format.canRead(file, head)) {
                return format;
            }
        }
        throw new InvalidInputException(Problem.error(file.toString(), "", "not an inventory Consolida can read; "
                + "expected an Excel workbook (.xlsx) or JSON (.json)"));
    }

    /** Writes an inventory atomically, as .xlsx or .json by the target's extension. */
    public static void write(Inventory inventory, Path file) {
        for (InventoryFormat format : FORMATS) {
            if (format.canWrite(file)) {
                format.write(inventory, file);
                return;
            }
        }
        throw new InvalidInputException(Problem.error(file.toString(), "", "cannot write this kind of file; "
                + "name it .xlsx or .json"));
    }

    private static byte[] head(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.error(file.toString(), "", Files.exists(file)
                    ? "is not a regular file" : "no such file"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.error(file.toString(), "", "cannot read the file: "
                    + e.getMessage()));
        }
    }

    /** The file name without its extension: the inventory's name in reports. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean hasExtension(Path file, String... extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static boolean startsWithBrace(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }
}
