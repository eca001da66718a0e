package org.consolida.io;

import java.nio.file.Path;

import org.consolida.inventory.Inventory;

/**
 * A file format Consolida reads inventories from, and perhaps writes them to. {@link Inventories} asks each registered
 * format in turn whether it recognises a file, so a new format (RVTools exports, say) is one class and one line in
 * {@link Inventories#FORMATS}.
 */
public interface InventoryFormat {
    /** A short name for messages: "Excel workbook", "JSON". */
    String name();

    /**
     * Whether this format claims the file, from its extension and its first bytes ({@code head}, up to 4 KiB, empty for
     * an empty file). A format that shares a container with another (RVTools and the native workbook are both .xlsx)
     * may look inside the file.
     */
    boolean canRead(Path file, byte[] head);

    /** Reads the file, or throws an InvalidInputException with every problem found. */
    ReadResult read(Path file);

    /** Whether this format writes files with this extension. */
    boolean canWrite(Path file);

    void write(Inventory inventory, Path file);
}
