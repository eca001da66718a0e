package org.consolida.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.io.Inventories;
import org.consolida.io.Template;
import org.consolida.io.excel.MinimalWorkbook;
import org.consolida.io.hostile.ZipParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates the fuzz tests build workbooks from, and the seed inputs made from the test fixtures (the minimal
 * native workbook, the template's JSON example, a small RVTools export, the what-if manifest). The seeds are committed;
 * regenerate them with {@code mvn -q -o test -Dtest=FuzzSeeds -Dconsolida.regenerateFuzzSeeds=true}.
 */
public class FuzzSeeds {
    static final String VHOST_CSV = "Host,# CPU,Cores per CPU,Speed,# Memory,Vendor,Model\r\n"
            + "esx01,2,8,2000,65536,Dell Inc.,PowerEdge R740\r\n";
    static final String VINFO_CSV = "VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,In Use MiB,Host,VM UUID\r\n"
            + "web01,poweredOn,False,2,4096,51200,20480,esx01,4210a1b2-0000-0000-0000-00000000aaaa\r\n"
            + "\"db, primary\",poweredOff,False,8,\"32,768\",204800,204800,esx01,4210a1b2-0000-0000-0000-0000000000db\r\n";
    private static final Path INPUTS = Path.of("src/test/resources/org/consolida/fuzz/ReaderFuzzTestInputs");

    private static Map<String, byte[]> nativeParts;
    private static Map<String, byte[]> rvToolsParts;

    static synchronized Map<String, byte[]> nativeParts() {
        if (nativeParts == null) {
            nativeParts = parts(dir -> MinimalWorkbook.valid().write(dir.resolve("native.xlsx")));
        }
        return nativeParts;
    }

    static synchronized Map<String, byte[]> rvToolsParts() {
        if (rvToolsParts == null) {
            rvToolsParts = parts(dir -> org.consolida.io.rvtools.FuzzExports.small(dir.resolve("rvtools.xlsx")));
        }
        return rvToolsParts;
    }

    private interface Maker {
        Path make(Path dir) throws IOException;
    }

    private static Map<String, byte[]> parts(Maker maker) {
        try {
            Path dir = Files.createTempDirectory("consolida-seed");
            return new LinkedHashMap<>(ZipParts.read(maker.make(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes inventory.json (the template's example) beside a manifest, once per folder. */
    static void inventoryBeside(Path dir) {
        Path inventory = dir.resolve("inventory.json");
        if (!Files.exists(inventory)) {
            Inventories.write(Template.exampleInventory(), inventory);
        }
    }

    @Test
    void regenerate(@TempDir Path dir) throws IOException {
        if (!Boolean.getBoolean("consolida.regenerateFuzzSeeds")) {
            return;
        }
        seed("nativeWorkbook", "whole.xlsx", Files.readAllBytes(MinimalWorkbook.valid().write(dir.resolve("n.xlsx"))));
        seedParts("nativeWorkbook", nativeParts(), "xl/worksheets/sheet6.xml", "xl/sharedStrings.xml",
                "xl/styles.xml", "xl/workbook.xml");
        Path json = dir.resolve("inventory.json");
        Inventories.write(Template.exampleInventory(), json);
        seed("jsonInventory", "example.json", Files.readAllBytes(json));
        seed("rvToolsWorkbook", "whole.xlsx", Files.readAllBytes(
                org.consolida.io.rvtools.FuzzExports.small(dir.resolve("r.xlsx"))));
        seedParts("rvToolsWorkbook", rvToolsParts(), "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml");
        seed("rvToolsCsvZip", "vinfo.csv", VINFO_CSV.getBytes(StandardCharsets.UTF_8));
        seed("rvToolsCsvZip", "whole.zip", Files.readAllBytes(
                org.consolida.io.rvtools.FuzzExports.smallCsvZip(dir.resolve("r.zip"))));
        seed("batchManifest", "what-if.json", Files.readString(Path.of("datasets/what-if.json"))
                .replace("demo-datacenter.xlsx", "inventory.json").getBytes(StandardCharsets.UTF_8));
    }

    private static void seedParts(String test, Map<String, byte[]> parts, String... names) throws IOException {
        List<String> order = new ArrayList<>(parts.keySet());
        for (String name : names) {
            byte[] xml = parts.get(name);
            byte[] input = new byte[xml.length + 1];
            input[0] = (byte) order.indexOf(name);
            System.arraycopy(xml, 0, input, 1, xml.length);
            seed(test, "part-" + name.replaceAll("[^A-Za-z0-9.]", "_"), input);
        }
    }

    private static void seed(String test, String name, byte[] data) throws IOException {
        Path folder = Files.createDirectories(INPUTS.resolve(test));
        Files.write(folder.resolve("seed-" + name), data);
    }
}
