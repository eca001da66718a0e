package org.consolida.io.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.io.ReadLimits;

/**
 * Reads RVTools exports (the inventory VMware shops already have): a workbook with tabs such as vInfo and vHost, or a
 * folder or zip of {@code RVTools_tab<Tab>.csv} files. What RVTools does not know comes from an optional catalog (a
 * workbook in the native template) or from defaults, and each default applied is returned as an {@link Assumption}.
 * Every problem of the export is reported in one {@link InvalidInputException}, each at its sheet and cell.
 */
public final class RvToolsReader {
    private static final Pattern SHEET_NAME = Pattern.compile("<sheet\\b[^>]*\\bname=\"([^\"]*)\"");
    private static final long MAX_WORKBOOK_XML = 10L << 20;

    private RvToolsReader() {
    }

    /**
     * Whether a path holds an RVTools export, judged by content, not by name: a workbook with a {@code vInfo} tab, or a
     * folder or zip holding {@code RVTools_tabvInfo.csv}. Reads only the workbook's table of sheets.
     */
    public static boolean isRvTools(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.anyMatch(f -> isInfoCsv(f.getFileName().toString()));
                }
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            try (ZipFile zip = new ZipFile(path.toFile())) {
                ZipEntry workbook = zip.getEntry("xl/workbook.xml");
                if (workbook != null) {
                    return sheetNames(zip, workbook).stream().anyMatch(n -> n.equalsIgnoreCase("vInfo"));
                }
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    if (isInfoCsv(entries.nextElement().getName())) {
                        return true;
                    }
                }
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a zip, unreadable: not an RVTools export
        }
    }

    private static boolean isInfoCsv(String name) {
        String tab = CsvTabs.tabOf(name);
        return tab != null && tab.equalsIgnoreCase("vInfo");
    }

    private static List<String> sheetNames(ZipFile zip, ZipEntry workbook) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = zip.getInputStream(workbook)) {
            String xml = new String(in.readNBytes((int) MAX_WORKBOOK_XML), StandardCharsets.UTF_8);
            Matcher matcher = SHEET_NAME.matcher(xml);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Reads an export with the default options and no catalog. */
    public static RvToolsImport read(Path export) {
        return read(export, null, RvToolsOptions.defaults());
    }

    /**
     * Reads an export.
     *
     * @param export  the workbook, or a folder or zip of RVTools CSV files
     * @param catalog a workbook in the native template whose HostModels, Racks, Sites and Policy sheets fill in what
     *                RVTools lacks, or null for defaults only
     * @throws InvalidInputException with every problem found, each located at its sheet and cell
     */
    public static RvToolsImport read(Path export, Path catalog, RvToolsOptions options) {
        return read(export, catalog, options, ReadLimits.defaults());
    }

    /** As {@link #read(Path, Path, RvToolsOptions)}, under given read limits. */
    public static RvToolsImport read(Path export, Path catalog, RvToolsOptions options, ReadLimits limits) {
        Catalog known = catalog == null ? Catalog.empty() : Catalog.read(catalog);
        Export tabs = tabs(export, limits);
        Issues issues = new Issues();
        tabs.warnings().forEach(issues::add);
        Table info = tabs.tab("vInfo").orElse(null);
        Table vHost = tabs.tab("vHost").orElse(null);
        if (info == null) {
            issues.error(tabs.file(), "", "has no vInfo tab: export it from RVTools with at least the vInfo and vHost tabs");
        }
        if (vHost == null) {
            issues.error(tabs.file(), "", "has no vHost tab: without it the VMs have no hosts to plan on; "
                    + "export it from RVTools with the vHost tab");
        }
        issues.throwIfErrors();

        List<Assumption> assumptions = new ArrayList<>();
        List<HostRow> hostRows = HostMapping.parse(vHost, issues);
        List<VmRow> vmRows = VmMapping.parse(info, issues);
        Map<String, SideTab> side = new HashMap<>();
        for (String name : List.of("vCPU", "vMemory", "vDisk", "vPartition", "vNetwork")) {
            tabs.tab(name).ifPresent(t -> side.put(name.toLowerCase(Locale.ROOT), new SideTab(t)));
        }
        double sharedStorageMib = 0;
        for (VmRow vm : vmRows) {
            sharedStorageMib += VmMapping.storageMib(vm, options, Optional.ofNullable(side.get("vdisk")),
                    true, new ArrayList<>());
        }
        HostMapping.Hosts hosts = HostMapping.build(hostRows, vHost, known,
                Math.max(1, Math.ceil(sharedStorageMib / 1024)), assumptions);
        VmMapping.Vms vms = VmMapping.build(vmRows, info, side, hosts, options, issues, assumptions);
        for (String name : tabs.tabNames()) {
            tabs.tab(name).ifPresent(t -> t.conflicts().forEach(issues::add));
        }
        issues.throwIfErrors();

        Policy policy = known.policy();
        if (policy == null) {
            policy = Policy.defaults();
            assumptions.add(new Assumption("policy", "", (catalog == null ? "" : "no Policy sheet in the catalog; ")
                    + "defaults (CPU over-commit " + policy.cpuOvercommit() + ", memory over-commit "
                    + policy.memoryOvercommit() + ", max utilisation " + policy.maxUtilization() + ", failover "
                    + policy.failover().name().toLowerCase(Locale.ROOT) + ", currency " + policy.currency() + ")"));
        }
        Inventory inventory = Inventory.builder().name(nameOf(export)).sites(hosts.sites()).racks(hosts.racks())
                .hostModels(hosts.models()).hypervisors(hosts.hypervisors()).hosts(hosts.hosts())
                .workloads(vms.workloads()).policy(policy).build();
        return new RvToolsImport(tabs.file(), inventory, assumptions, issues.warnings(), vms.counts(), hosts.loads(), vms.details());
    }

    private static Export tabs(Path export, ReadLimits limits) {
        if (Files.isDirectory(export)) {
            return CsvTabs.readFolder(export, limits);
        }
        if (!Files.isRegularFile(export)) {
            throw InvalidInputException.of(export.toString(), "", "no such file or folder");
        }
        try (ZipFile zip = new ZipFile(export.toFile())) {
            if (zip.getEntry("xl/workbook.xml") == null) {
                return CsvTabs.readZip(export, limits);
            }
        } catch (IOException e) {
            throw InvalidInputException.of(export.toString(), "", "is not an RVTools export: neither an .xlsx workbook "
                    + "nor a zip of RVTools_tab*.csv files");
        }
        return XlsxTabs.read(export, limits);
    }

    private static String nameOf(Path export) {
        String name = export.getFileName() == null ? export.toString() : export.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
