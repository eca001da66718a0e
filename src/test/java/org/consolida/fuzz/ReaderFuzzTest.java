package org.consolida.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.consolida.batch.ManifestReader;
import org.consolida.inventory.InvalidInputException;
import org.consolida.io.Inventories;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of every reader of user files: the native workbook, JSON inventories, RVTools exports (workbook and zip
 * of CSV files) and batch manifests. The only acceptable outcome of any input is a read inventory (or manifest) or an
 * {@link InvalidInputException}; anything else escaping is a finding. In a normal build each test replays its inputs
 * in {@code src/test/resources/org/consolida/fuzz/ReaderFuzzTestInputs/<test>/} (seeds made from the test fixtures by
 * {@link FuzzSeeds}, and every finding, kept as a regression input); {@code bench/fuzz.sh SECONDS} fuzzes each for real.
 *
 * <p>A workbook input is either a whole .xlsx (it starts with "PK") or, to reach the sheet parser past the zip, one
 * part's XML: its first byte picks which part of {@link FuzzSeeds#NATIVE_PARTS} (or the RVTools parts) it replaces.
 */
class ReaderFuzzTest {
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("consolida-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] data) {
        try {
            return Files.write(DIR.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file as a user's command would; only an InvalidInputException may come out. */
    private static void read(Path file) {
        try {
            Inventories.readWithWarnings(file);
        } catch (InvalidInputException expected) {
            // a refusal with its location: the outcome asked of every hostile input
        }
    }

    /** A whole zip, or the given template's parts with one replaced by the input after its selector byte. */
    static byte[] workbook(byte[] data, Map<String, byte[]> template) {
        if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
            return data;
        }
        List<String> names = new ArrayList<>(template.keySet());
        String replaced = data.length == 0 ? null : names.get((data[0] & 0xff) % names.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : template.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(replaced)) {
                    zip.write(data, 1, data.length - 1);
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @FuzzTest(maxDuration = "10m")
    void nativeWorkbook(byte[] data) {
        read(write("fuzz.xlsx", workbook(data, FuzzSeeds.nativeParts())));
    }

    @FuzzTest(maxDuration = "10m")
    void jsonInventory(byte[] data) {
        read(write("fuzz.json", data));
    }

    @FuzzTest(maxDuration = "10m")
    void rvToolsWorkbook(byte[] data) {
        read(write("fuzz-rvtools.xlsx", workbook(data, FuzzSeeds.rvToolsParts())));
    }

    /** A whole zip, or the text of vInfo's CSV file beside a fixed vHost. */
    @FuzzTest(maxDuration = "10m")
    void rvToolsCsvZip(byte[] data) {
        byte[] zip = data;
        if (data.length < 2 || data[0] != 'P' || data[1] != 'K') {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.putNextEntry(new ZipEntry("RVTools_tabvInfo.csv"));
                out.write(data);
                out.putNextEntry(new ZipEntry("RVTools_tabvHost.csv"));
                out.write(FuzzSeeds.VHOST_CSV.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            zip = bytes.toByteArray();
        }
        read(write("fuzz-rvtools.zip", zip));
    }

    /** A manifest beside a valid inventory it may name ("inventory.json"). */
    @FuzzTest(maxDuration = "10m")
    void batchManifest(byte[] data) {
        FuzzSeeds.inventoryBeside(DIR);
        try {
            ManifestReader.read(write("manifest.json", data));
        } catch (InvalidInputException expected) {
            // refused with its path in the manifest
        }
    }
}
