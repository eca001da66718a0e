package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;

/**
 * vHost → hosts, and what hosts need that RVTools lacks: one host model per distinct hardware (vendor, model, CPU,
 * sockets, cores, memory), one site per datacenter, racks, hypervisors. The catalog fills in what it knows; defaults
 * fill the rest, each reported as an {@link Assumption}.
 */
final class HostMapping {
    /** What the hosts of an export became. */
    record Hosts(List<Site> sites, List<Rack> racks, List<HostModel> models, List<Hypervisor> hypervisors,
                 List<Host> hosts, Map<String, HostLoad> loads, Map<String, Host> byKey, Map<String, Host> byShortName,
                 Map<String, String> matchedByShortName) {
        Hosts(List<Site> sites, List<Rack> racks, List<HostModel> models, List<Hypervisor> hypervisors,
              List<Host> hosts, Map<String, HostLoad> loads) {
            this(sites, racks, models, hypervisors, hosts, loads, new HashMap<>(), new HashMap<>(),
                    new LinkedHashMap<>());
            Set<String> ambiguous = new HashSet<>();
            for (Host h : hosts) {
                byKey.put(h.id().toLowerCase(Locale.ROOT), h);
                String shortName = shortName(h.id());
                if (shortName != null && byShortName.putIfAbsent(shortName, h) != null) {
                    ambiguous.add(shortName);
                }
            }
            ambiguous.forEach(byShortName::remove);
        }

        /**
         * The host of that name, or null: ignoring case (vInfo and vHost may spell a DNS name differently), else as a
         * fully qualified name against a short one ({@code esx01} and {@code esx01.corp.local}) when only one host of
         * vHost has that short name. Matches by short name are remembered for an assumption.
         */
        Host byName(String name) {
            Host host = byKey.get(name.toLowerCase(Locale.ROOT));
            if (host != null) {
                return host;
            }
            String shortName = shortName(name);
            host = shortName == null ? null : byShortName.get(shortName);
            if (host != null) {
                matchedByShortName.putIfAbsent(name, host.id());
            }
            return host;
        }

        /** The first label of a DNS name, lower case; null for an IP address. */
        static String shortName(String name) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (IPV4.matcher(lower).matches() || lower.isEmpty()) {
                return null;
            }
            int dot = lower.indexOf('.');
            return dot < 0 ? lower : lower.substring(0, dot);
        }
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(\\.\\d+)?)");

    private HostMapping() {
    }

    /** Parses vHost; problems go to {@code issues}, rows with errors are left out. */
    static List<HostRow> parse(Table t, Issues issues) {
        List<HostRow> rows = new ArrayList<>();
        int name = t.column("Host");
        int sockets = t.column("# CPU");
        int coresPer = t.column("Cores per CPU");
        int cores = t.column("# Cores");
        int speed = t.column("Speed");
        int memory = t.column("# Memory");
        List<String> missing = new ArrayList<>();
        if (name < 0) missing.add("Host");
        if (sockets < 0) missing.add("# CPU");
        if (coresPer < 0 && cores < 0) missing.add("Cores per CPU");
        if (speed < 0) missing.add("Speed");
        if (memory < 0) missing.add("# Memory");
        if (!missing.isEmpty()) {
            issues.error(t.file(), t.headerWhere(), "vHost has no column " + String.join(", ", missing)
                    + ": export the vHost tab with RVTools' default columns");
            return rows;
        }
        int datacenter = t.column("Datacenter");
        int cluster = t.column("Cluster");
        int maintenance = t.column("in Maintenance Mode", "Maintenance Mode");
        int cpuModel = t.column("CPU Model");
        int nics = t.column("# NICs");
        int vendor = t.column("Vendor");
        int model = t.column("Model");
        int esx = t.column("ESX Version", "ESXi Version", "Version");
        int cpuUsage = t.column("CPU usage %");
        int memUsage = t.column("Memory usage %");
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < t.size(); r++) {
            String host = t.text(r, name);
            if (host.isEmpty()) {
                issues.error(t.file(), t.where(r, name), "Host is blank: every vHost row needs the host's name");
                continue;
            }
            if (!seen.add(host.toLowerCase(Locale.ROOT))) {
                issues.error(t.file(), t.where(r, name), "Host \"" + host + "\" appears twice in vHost: remove the repeated row");
                continue;
            }
            Integer socketCount = issues.whole(t, r, sockets, "give the number of CPU sockets");
            Integer perSocket = coresPer >= 0 ? issues.whole(t, r, coresPer, "give the cores of one CPU") : null;
            if (perSocket == null && coresPer < 0 && socketCount != null && socketCount > 0) {
                Integer total = issues.whole(t, r, cores, "give the number of cores");
                perSocket = total == null ? null : total / socketCount;
            }
            Double mhz = issues.number(t, r, speed, "give the CPU clock in MHz");
            Double mib = issues.number(t, r, memory, "give the memory in MiB");
            Integer nicCount = issues.whole(t, r, nics, null);
            Double cpuPct = issues.number(t, r, cpuUsage, null);
            Double memPct = issues.number(t, r, memUsage, null);
            boolean inMaintenance = issues.flag(t, r, maintenance, false);
            boolean ok = positive(issues, t, r, sockets, socketCount) & positive(issues, t, r, coresPer >= 0 ? coresPer : cores, perSocket)
                    & positive(issues, t, r, speed, mhz) & positive(issues, t, r, memory, mib);
            if (!ok) {
                continue;
            }
            rows.add(HostRow.builder().row(r).name(host).datacenter(t.text(r, datacenter)).cluster(t.text(r, cluster))
                    .maintenance(inMaintenance).cpuModel(t.text(r, cpuModel)).speedMhz(mhz).sockets(socketCount)
                    .coresPerSocket(perSocket).memoryMib(mib).nics(nicCount).vendor(t.text(r, vendor))
                    .model(t.text(r, model)).esxVersion(t.text(r, esx)).cpuUsagePct(cpuPct).memoryUsagePct(memPct)
                    .build());
        }
        return rows;
    }

    private static boolean positive(Issues issues, Table t, int r, int column, Number value) {
        if (value == null) {
            if (t.text(r, column).isEmpty()) {
                issues.error(t.file(), t.where(r, column), t.header(column) + " is blank: vHost needs it for every host");
            }
            return false;
        }
        if (value.doubleValue() <= 0) {
            issues.error(t.file(), t.where(r, column), t.header(column) + " \"" + t.text(r, column) + "\" must be above 0");
            return false;
        }
        return true;
    }

    /**
     * Builds sites, models, racks, hypervisors and hosts.
     *
     * @param sharedStorageGib storage every host model offers: VMs live on shared datastores that RVTools' vHost
     *                         does not size, so the import gives each model the total of all VMs
     */
    static Hosts build(List<HostRow> rows, Table t, Catalog catalog, double sharedStorageGib, List<Assumption> assumptions) {
        Map<String, Site> sites = sites(rows, catalog, assumptions);
        Map<HostRow, HostModel> models = models(rows, t, catalog, sharedStorageGib, assumptions);
        Map<HostRow, Hypervisor> hypervisors = hypervisors(rows, t, assumptions);
        Map<HostRow, Rack> racks = racks(rows, models, sites, catalog, assumptions);
        List<Host> hosts = new ArrayList<>();
        Map<String, HostLoad> loads = new LinkedHashMap<>();
        for (HostRow row : rows) {
            hosts.add(new Host(row.name(), models.get(row), racks.get(row), row.cluster(), hypervisors.get(row),
                    row.maintenance() ? HostState.MAINTENANCE : HostState.ON));
            loads.put(row.name(), new HostLoad(row.cpuUsagePct(), row.memoryUsagePct()));
        }
        return new Hosts(List.copyOf(sites.values()), racks.values().stream().distinct().toList(),
                models.values().stream().distinct().toList(), hypervisors.values().stream().distinct().toList(),
                hosts, loads);
    }

    static String siteName(String datacenter) {
        return datacenter == null || datacenter.isBlank() ? "unknown-datacenter" : datacenter.strip();
    }

    private static Map<String, Site> sites(List<HostRow> rows, Catalog catalog, List<Assumption> assumptions) {
        Map<String, Site> sites = new LinkedHashMap<>();
        for (HostRow row : rows) {
            String name = siteName(row.datacenter());
            sites.computeIfAbsent(name, n -> {
                Site known = catalog.sites().get(Catalog.key(n));
                if (known != null) {
                    return new Site(n, known.pue(), known.kwhPrice(), known.co2GramsPerKwh(), known.wanMbps());
                }
                assumptions.add(new Assumption("site " + n, "vHost Datacenter",
                        (catalog.sites().isEmpty() ? "" : "not in the catalog's Sites; ")
                                + "PUE " + Defaults.PUE + ", " + Defaults.KWH_PRICE + " per kWh, "
                                + Defaults.CO2_G_PER_KWH + " g CO2/kWh, WAN " + Defaults.WAN_MBPS + " Mbit/s (defaults)"));
                return new Site(n, Defaults.PUE, Defaults.KWH_PRICE, Defaults.CO2_G_PER_KWH, Defaults.WAN_MBPS);
            });
        }
        return sites;
    }

    private record Hardware(String vendor, String model, String cpu, int sockets, int cores, double memoryMib,
                            double speedMhz) {
    }

    private static Map<HostRow, HostModel> models(List<HostRow> rows, Table t, Catalog catalog, double storageGib,
                                                  List<Assumption> assumptions) {
        Map<Hardware, HostModel> byHardware = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Map<HostRow, HostModel> result = new LinkedHashMap<>();
        for (HostRow row : rows) {
            Hardware hw = new Hardware(row.vendor(), row.model(), row.cpuModel(), row.sockets(), row.coresPerSocket(),
                    row.memoryMib(), row.speedMhz());
            HostModel model = byHardware.computeIfAbsent(hw, k -> newModel(k, row, t, catalog, storageGib, ids, assumptions));
            result.put(row, model);
        }
        return result;
    }

    private static HostModel newModel(Hardware hw, HostRow row, Table t, Catalog catalog, double sharedStorageGib,
                                      Set<String> ids, List<Assumption> assumptions) {
        String name = (hw.vendor() + " " + hw.model()).strip();
        String base = (name.isEmpty() ? "unknown model" : name) + " " + hw.sockets() + "x" + hw.cores() + "c "
                + Math.round(hw.memoryMib() / 1024) + "GiB";
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + " #" + n;
        }
        Catalog.Model known = catalog.models().stream().filter(m -> m.matches(hw.vendor(), hw.model())).findFirst()
                .orElse(null);
        String where = t.where(row.row(), t.column("Host"));
        List<String> applied = new ArrayList<>();
        Integer units = known == null ? null : known.rackUnits();
        if (units == null) {
            units = Defaults.HOST_RACK_UNITS;
            applied.add(units + " U");
        }
        Double nic = known == null ? null : known.nicGbps();
        if (nic == null) {
            nic = Defaults.NIC_GBPS;
            applied.add("NIC " + nic + " Gbit/s");
        }
        Double storage = known == null ? null : known.storageGib();
        if (storage == null || storage <= 0) {
            storage = sharedStorageGib;
            applied.add("storage " + Math.round(storage) + " GiB (VMs sit on shared datastores: the total of all VMs, "
                    + "so storage does not limit placement)");
        }
        PowerCurve curve = known == null ? null : known.powerCurve();
        if (curve == null) {
            PowerCurves.Match match = PowerCurves.forHost(hw.cpu(), hw.sockets());
            curve = match.curve();
            applied.add("power " + Math.round(curve.idleWatts()) + "–" + Math.round(curve.maxWatts()) + " W from "
                    + match.source());
        }
        if (!applied.isEmpty()) {
            String why = catalog.models().isEmpty() ? "" : known == null
                    ? "vendor \"" + hw.vendor() + "\" and model \"" + hw.model() + "\" not in the catalog's HostModels; "
                    : "blank in catalog " + known.where() + "; ";
            assumptions.add(new Assumption("model " + id, where, why + String.join(", ", applied)));
        }
        String cpu = hw.cpu().toLowerCase(Locale.ROOT);
        String cpuVendor = cpu.contains("amd") ? "AMD" : cpu.contains("intel") ? "Intel" : cpu.isBlank() ? "" : hw.cpu();
        return HostModel.builder(id).vendor(hw.vendor()).cpuVendor(cpuVendor).sockets(hw.sockets())
                .coresPerSocket(hw.cores()).coreGhz(hw.speedMhz() / 1000).memoryGib(hw.memoryMib() / 1024)
                .storageGib(storage).nicGbps(nic).rackUnits(units).powerCurve(curve).build();
    }

    private static Map<HostRow, Hypervisor> hypervisors(List<HostRow> rows, Table t, List<Assumption> assumptions) {
        Map<String, Hypervisor> byId = new LinkedHashMap<>();
        Map<HostRow, Hypervisor> result = new LinkedHashMap<>();
        boolean anyUnknown = false;
        for (HostRow row : rows) {
            Matcher version = VERSION.matcher(row.esxVersion());
            String id = version.find() ? "ESXi " + version.group(1) : "ESXi";
            anyUnknown |= id.equals("ESXi");
            result.put(row, byId.computeIfAbsent(id, k -> new Hypervisor(k, HypervisorType.TYPE_1, Kernel.MONOLITHIC,
                    "vmware", false, true, Defaults.ESXI_OVERHEAD_PCT, Defaults.ESXI_OVERHEAD_PCT)));
        }
        for (Hypervisor h : byId.values()) {
            assumptions.add(new Assumption("hypervisor " + h.id(), t.sheet(),
                    (h.id().equals("ESXi") && anyUnknown ? "no ESX version in vHost; " : "")
                            + "type 1, monolithic, family vmware, live migration (vMotion), no paravirtualised CPU; "
                            + "CPU overhead " + Defaults.ESXI_OVERHEAD_PCT + " % (default)"));
        }
        return result;
    }

    private static Map<HostRow, Rack> racks(List<HostRow> rows, Map<HostRow, HostModel> models, Map<String, Site> sites,
                                            Catalog catalog, List<Assumption> assumptions) {
        Map<HostRow, Rack> result = new LinkedHashMap<>();
        Map<Rack, List<String>> placed = new LinkedHashMap<>();
        Map<String, List<Rack>> catalogRacks = new HashMap<>();
        for (Catalog.CatalogRack r : catalog.racks()) {
            Site site = sites.values().stream().filter(s -> Catalog.key(s.id()).equals(Catalog.key(r.site())))
                    .findFirst().orElse(null);
            if (site != null) {
                catalogRacks.computeIfAbsent(site.id(), k -> new ArrayList<>()).add(new Rack(r.id(), site, r.units(), r.powerKw()));
            }
        }
        Set<Rack> fromCatalog = new HashSet<>();
        catalogRacks.values().forEach(fromCatalog::addAll);
        Map<String, List<Rack>> open = new HashMap<>();
        Map<Rack, double[]> used = new HashMap<>(); // rack units, watts at full load
        int[] counter = {0};
        for (HostRow row : rows) {
            Site site = sites.get(siteName(row.datacenter()));
            HostModel model = models.get(row);
            List<Rack> candidates = open.computeIfAbsent(site.id(),
                    k -> new ArrayList<>(catalogRacks.getOrDefault(k, List.of())));
            Rack chosen = null;
            for (Rack rack : candidates) {
                double[] u = used.computeIfAbsent(rack, k -> new double[2]);
                if (u[0] + model.rackUnits() <= rack.units() && u[1] + model.powerCurve().maxWatts() <= rack.powerWatts()) {
                    chosen = rack;
                    break;
                }
            }
            if (chosen == null) {
                counter[0]++;
                chosen = new Rack("unassigned-" + counter[0], site, Defaults.RACK_UNITS, Defaults.RACK_KW);
                candidates.add(chosen);
            }
            double[] u = used.computeIfAbsent(chosen, k -> new double[2]);
            u[0] += model.rackUnits();
            u[1] += model.powerCurve().maxWatts();
            result.put(row, chosen);
            placed.computeIfAbsent(chosen, k -> new ArrayList<>()).add(row.name());
        }
        for (Map.Entry<Rack, List<String>> entry : placed.entrySet()) {
            Rack rack = entry.getKey();
            List<String> names = entry.getValue();
            String hosts = names.size() + (names.size() == 1 ? " host " : " hosts ") + sample(names);
            assumptions.add(new Assumption("rack " + rack.id(), "vHost",
                    fromCatalog.contains(rack)
                            ? "RVTools does not say where hosts stand: " + hosts + " placed in this catalog rack in export order"
                            : "RVTools has no racks: " + hosts + " placed in export order in a rack of " + rack.units()
                                    + " U, " + rack.powerKw() + " kW at site " + rack.site().id() + " (defaults)"));
        }
        return result;
    }

    /** Up to five names, then how many more: keeps assumptions readable on exports of thousands of VMs. */
    static String sample(List<String> names) {
        int shown = Math.min(5, names.size());
        String text = String.join(", ", names.subList(0, shown));
        return "(" + text + (names.size() > shown ? ", … " + (names.size() - shown) + " more" : "") + ")";
    }
}
