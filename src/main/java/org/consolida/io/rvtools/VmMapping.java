package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;

/**
 * vInfo → workloads, joined with vCPU (measured CPU), vMemory (consumed memory), vDisk (disk sizes when vInfo has
 * none), vPartition (guest file systems) and vNetwork (networks). Templates are not workloads; powered-off VMs are kept
 * or dropped by option and counted either way.
 */
final class VmMapping {
    /** What the VMs of an export became. */
    record Vms(List<Workload> workloads, Map<String, VmDetails> details, RvToolsImport.Counts counts) {
    }

    /** A workload waiting for its demand, which the calibration settles once every VM is known. */
    private record Pending(String id, int vcpus, double storageMib, String os, Host host, Criticality criticality,
                           DemandCalibration.VmDemand demand) {
    }

    private VmMapping() {
    }

    static List<VmRow> parse(Table t, Issues issues) {
        List<VmRow> rows = new ArrayList<>();
        int name = t.column("VM");
        int cpus = t.column("CPUs");
        int memory = t.column("Memory");
        List<String> missing = new ArrayList<>();
        if (name < 0) missing.add("VM");
        if (cpus < 0) missing.add("CPUs");
        if (memory < 0) missing.add("Memory");
        if (!missing.isEmpty()) {
            issues.error(t.file(), t.headerWhere(), "vInfo has no column " + String.join(", ", missing)
                    + ": export the vInfo tab with RVTools' default columns");
            return rows;
        }
        int power = t.column("Powerstate", "Power state");
        int template = t.column("Template");
        int provisioned = t.column("Provisioned MiB", "Provisioned MB");
        int inUse = t.column("In Use MiB", "In Use MB");
        int host = t.column("Host");
        int cluster = t.column("Cluster");
        int toolsOs = t.column("OS according to the VMware Tools");
        int configOs = t.column("OS according to the configuration file", "OS");
        int uuid = t.column("VM UUID", "UUID");
        int vmId = t.column("VM ID");
        int ha = t.column("HA Restart Priority");
        List<Integer> networks = new ArrayList<>();
        for (int n = 1; t.column("Network #" + n) >= 0; n++) {
            networks.add(t.column("Network #" + n));
        }
        for (int r = 0; r < t.size(); r++) {
            String vm = t.text(r, name);
            if (vm.isEmpty()) {
                issues.error(t.file(), t.where(r, name), "VM is blank: every vInfo row needs the VM's name");
                continue;
            }
            Integer cpuCount = issues.whole(t, r, cpus, "give the number of vCPUs");
            Double mib = issues.number(t, r, memory, "give the memory in MiB");
            Double prov = issues.number(t, r, provisioned, "give the provisioned storage in MiB");
            Double used = issues.number(t, r, inUse, "give the storage in use in MiB");
            String os = t.text(r, toolsOs).isEmpty() ? t.text(r, configOs) : t.text(r, toolsOs);
            List<String> nets = new ArrayList<>();
            for (int column : networks) {
                if (!t.text(r, column).isEmpty()) {
                    nets.add(t.text(r, column));
                }
            }
            rows.add(VmRow.builder().row(r).name(vm).uuid(t.text(r, uuid)).vmId(t.text(r, vmId))
                    .powerState(t.text(r, power)).template(issues.flag(t, r, template, false)).cpus(cpuCount)
                    .memoryMib(mib).provisionedMib(prov).inUseMib(used).host(t.text(r, host))
                    .cluster(t.text(r, cluster)).os(os).haPriority(t.text(r, ha)).networks(nets).build());
        }
        return rows;
    }

    /** The storage a VM asks for in MiB, by the chosen basis, from vInfo or (provisioned) the sum of its vDisk sizes. */
    static double storageMib(VmRow vm, RvToolsOptions options, Optional<SideTab> disks, boolean nameIsUnique,
                             List<String> defaulted) {
        Double figure = options.storage() == RvToolsOptions.StorageBasis.IN_USE ? vm.inUseMib() : vm.provisionedMib();
        if (figure != null) {
            return figure;
        }
        if (disks.isPresent() && options.storage() == RvToolsOptions.StorageBasis.PROVISIONED) {
            Table t = disks.get().table;
            int capacity = t.column("Capacity MiB", "Capacity MB");
            List<Integer> rows = disks.get().rowsOf(vm, nameIsUnique);
            if (capacity >= 0 && !rows.isEmpty()) {
                double sum = 0;
                for (int r : rows) {
                    Double value = Issues.parse(t.text(r, capacity));
                    sum += value == null ? 0 : value;
                }
                return sum;
            }
        }
        defaulted.add(vm.name());
        return 0;
    }

    /** What the import met on the way, for the assumptions it reports and the counts it returns. */
    private static final class Tally {
        final Map<String, List<String>> missingHosts = new LinkedHashMap<>();
        final List<String> noHost = new ArrayList<>();
        final List<String> storageDefaulted = new ArrayList<>();
        final List<String> renamed = new ArrayList<>();
        final List<String> cpusFromTab = new ArrayList<>();
        final List<String> memoryFromTab = new ArrayList<>();
        int templates;
        int poweredOff;
        int dropped;
    }

    /** The side tabs a VM's row is completed from, each absent when the export lacks it. */
    private record SideTabs(Optional<SideTab> cpu, Optional<SideTab> memory, Optional<SideTab> disk,
                            Optional<SideTab> partition, Optional<SideTab> network) {
        static SideTabs of(Map<String, SideTab> tabs) {
            return new SideTabs(Optional.ofNullable(tabs.get("vcpu")), Optional.ofNullable(tabs.get("vmemory")),
                    Optional.ofNullable(tabs.get("vdisk")), Optional.ofNullable(tabs.get("vpartition")),
                    Optional.ofNullable(tabs.get("vnetwork")));
        }
    }

    static Vms build(List<VmRow> rows, Table info, Map<String, SideTab> tabs, HostMapping.Hosts hosts,
                     RvToolsOptions options, Issues issues, List<Assumption> assumptions) {
        Map<String, Integer> nameCount = new HashMap<>();
        rows.forEach(vm -> nameCount.merge(vm.name(), 1, Integer::sum));
        SideTabs side = SideTabs.of(tabs);
        double meanGhz = hosts.hosts().stream().mapToDouble(h -> h.model().coreGhz()).average().orElse(Defaults.CORE_GHZ);

        Map<String, VmDetails> details = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> seenUuids = new HashSet<>();
        List<DemandCalibration.VmDemand> demands = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Tally tally = new Tally();
        for (VmRow vm : rows) {
            if (vm.template()) {
                tally.templates++;
                continue;
            }
            boolean unique = nameCount.get(vm.name()) == 1;
            if (!vm.poweredOn()) {
                tally.poweredOff++;
                if (!options.keepPoweredOff()) {
                    tally.dropped++;
                    continue;
                }
            }
            if (!unique && !vm.uuid().isEmpty() && !seenUuids.add(vm.uuid())) {
                issues.warning(info.file(), info.where(vm.row(), info.column("VM UUID", "UUID")), "VM \"" + vm.name()
                        + "\" with UUID " + vm.uuid() + " is listed twice: the repeated row is left out");
                continue;
            }
            int cpuRow = side.cpu().map(s -> s.rowOf(vm, unique)).orElse(-1);
            int memRow = side.memory().map(s -> s.rowOf(vm, unique)).orElse(-1);
            Integer vcpus = vcpus(vm, side.cpu(), cpuRow, tally);
            Double configuredMib = memoryMib(vm, side.memory(), memRow, tally);
            if (!sized(vm, vcpus, configuredMib, info, issues)) {
                continue;
            }

            Host host = vm.host().isEmpty() ? null : hosts.byName(vm.host());
            if (vm.host().isEmpty()) {
                tally.noHost.add(vm.name());
            } else if (host == null) {
                tally.missingHosts.computeIfAbsent(vm.host(), k -> new ArrayList<>()).add(vm.name());
            }

            Double overallMhz = cpuRow < 0 ? null : Issues.parse(side.cpu().get().table.text(cpuRow,
                    side.cpu().get().table.column("Overall")));
            Double consumedMib = memRow < 0 ? null : Issues.parse(side.memory().get().table.text(memRow,
                    side.memory().get().table.column(options.memory() == RvToolsOptions.MemoryBasis.ACTIVE ? "Active"
                            : "Consumed")));
            String cluster = host != null && !host.cluster().isEmpty() ? host.cluster() : vm.cluster();
            DemandCalibration.VmDemand demand = new DemandCalibration.VmDemand(vm.name(), host, cluster, vm.poweredOn(),
                    vcpus, configuredMib, overallMhz, consumedMib);

            double storageMib = storageMib(vm, options, side.disk(), unique, tally.storageDefaulted);
            String id = uniqueId(vm, unique, ids, tally);
            demands.add(demand);
            pending.add(new Pending(id, vcpus, storageMib, guestOs(vm, side.cpu(), cpuRow), host,
                    criticality(vm.haPriority()), demand));
            details.put(id, details(vm, unique, side.network(), side.partition(), overallMhz, consumedMib));
        }
        DemandCalibration.calibrate(demands, hosts, options, meanGhz, assumptions);
        List<Workload> workloads = new ArrayList<>();
        for (Pending p : pending) {
            workloads.add(Workload.builder(p.id()).vcpus(p.vcpus()).cpuGhz(p.demand().cpuGhz)
                    .memoryGib(p.demand().memoryMib / 1024).storageGib(p.storageMib() / 1024).os(p.os())
                    .currentHost(p.host()).criticality(p.criticality()).build());
        }
        assume(tally, info.sheet(), hosts, options, assumptions);
        return new Vms(workloads, details, counts(rows, workloads, hosts, tally));
    }

    /** vInfo's CPUs, or the vCPU tab's where vInfo leaves it blank. */
    private static Integer vcpus(VmRow vm, Optional<SideTab> cpuTab, int cpuRow, Tally tally) {
        Integer vcpus = vm.cpus();
        if (vcpus == null && cpuRow >= 0) {
            vcpus = wholeOrNull(cpuTab.get().table.text(cpuRow, cpuTab.get().table.column("CPUs")));
            if (vcpus != null) {
                tally.cpusFromTab.add(vm.name());
            }
        }
        return vcpus;
    }

    /** vInfo's Memory, or the vMemory tab's Size where vInfo leaves it blank. */
    private static Double memoryMib(VmRow vm, Optional<SideTab> memTab, int memRow, Tally tally) {
        Double configuredMib = vm.memoryMib();
        if (configuredMib == null && memRow >= 0) {
            Table m = memTab.get().table;
            configuredMib = Issues.parse(m.text(memRow, m.column("Size MiB", "Size MB")));
            if (configuredMib != null) {
                tally.memoryFromTab.add(vm.name());
            }
        }
        return configuredMib;
    }

    /** Whether the VM has a vCPU count and a memory size; an error in its cell when not (unless already reported). */
    private static boolean sized(VmRow vm, Integer vcpus, Double configuredMib, Table info, Issues issues) {
        int cpuColumn = info.column("CPUs");
        int memColumn = info.column("Memory");
        boolean ok = true;
        if (vcpus == null || vcpus <= 0) {
            if (!(vm.cpus() == null && !info.text(vm.row(), cpuColumn).isEmpty())) { // else already reported
                issues.error(info.file(), info.where(vm.row(), cpuColumn), vcpus == null
                        ? "CPUs is blank and no vCPU row gives it: fill in the VM's vCPU count"
                        : "CPUs \"" + info.text(vm.row(), cpuColumn) + "\" must be at least 1");
            }
            ok = false;
        }
        if (configuredMib == null || configuredMib <= 0) {
            if (!(vm.memoryMib() == null && !info.text(vm.row(), memColumn).isEmpty())) {
                issues.error(info.file(), info.where(vm.row(), memColumn), configuredMib == null
                        ? "Memory is blank and no vMemory row gives it: fill in the VM's memory in MiB"
                        : "Memory \"" + info.text(vm.row(), memColumn) + "\" must be above 0 MiB");
            }
            ok = false;
        }
        return ok;
    }

    /** The VM's name, told apart by its UUID (or VM ID) when shared, and numbered if it still clashes. */
    private static String uniqueId(VmRow vm, boolean unique, Set<String> ids, Tally tally) {
        String id = vm.name();
        if (!unique) {
            String tag = !vm.uuid().isEmpty() ? lastPart(vm.uuid()) : !vm.vmId().isEmpty() ? vm.vmId() : null;
            id = tag == null ? vm.name() : vm.name() + " [" + tag + "]";
        }
        String base = id;
        for (int n = 2; !ids.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + " #" + n;
        }
        if (!id.equals(vm.name())) {
            tally.renamed.add(vm.name() + " → " + id);
        }
        return id;
    }

    /** vInfo's OS, or the vCPU tab's: vInfo can be blank where vCPU still names the guest. */
    private static String guestOs(VmRow vm, Optional<SideTab> cpuTab, int cpuRow) {
        String os = vm.os();
        if (os.isEmpty() && cpuRow >= 0) {
            Table c = cpuTab.get().table;
            os = c.text(cpuRow, c.column("OS according to the VMware Tools"));
            os = os.isEmpty() ? c.text(cpuRow, c.column("OS according to the configuration file")) : os;
        }
        return os;
    }

    /** What the import assumed, one line per kind, in the order users read them. */
    private static void assume(Tally tally, String vInfo, HostMapping.Hosts hosts, RvToolsOptions options,
                               List<Assumption> assumptions) {
        hosts.matchedByShortName().forEach((name, host) -> assumptions.add(new Assumption("host " + name, vInfo + " Host",
                "not in vHost as written: matched to vHost's " + host + " by its short name")));
        for (Map.Entry<String, List<String>> missing : tally.missingHosts.entrySet()) {
            List<String> vms = missing.getValue();
            assumptions.add(new Assumption("host " + missing.getKey(), vInfo + " Host",
                    "named by " + vms.size() + (vms.size() == 1 ? " VM " : " VMs ") + HostMapping.sample(vms)
                            + " but not in vHost: those VMs are imported with no current host (unplaced); "
                            + "add the host to vHost to plan them from where they run"));
        }
        if (!tally.noHost.isEmpty()) {
            assumptions.add(new Assumption(count(tally.noHost), vInfo + " Host", "no host given: imported unplaced"));
        }
        if (!tally.cpusFromTab.isEmpty()) {
            assumptions.add(new Assumption(count(tally.cpusFromTab), vInfo + " CPUs",
                    "blank in vInfo: vCPU count taken from vCPU"));
        }
        if (!tally.memoryFromTab.isEmpty()) {
            assumptions.add(new Assumption(count(tally.memoryFromTab), vInfo + " Memory",
                    "blank in vInfo: memory taken from vMemory Size MiB"));
        }
        if (!tally.storageDefaulted.isEmpty()) {
            assumptions.add(new Assumption(count(tally.storageDefaulted), vInfo + " storage",
                    "no " + (options.storage() == RvToolsOptions.StorageBasis.IN_USE ? "In Use" : "Provisioned")
                            + " figure nor vDisk rows: storage 0 GiB"));
        }
        if (!tally.renamed.isEmpty()) {
            assumptions.add(new Assumption(tally.renamed.size() + " VMs with a shared name", vInfo + " VM",
                    "told apart by VM UUID (or VM ID): " + HostMapping.sample(tally.renamed)));
        }
        if (tally.poweredOff > 0) {
            assumptions.add(new Assumption(tally.poweredOff + " powered-off or suspended VMs", vInfo + " Powerstate",
                    options.keepPoweredOff() ? "kept as workloads: they still need a home when powered on"
                            : "left out (option): they are not in the plan"));
        }
    }

    private static RvToolsImport.Counts counts(List<VmRow> rows, List<Workload> workloads, HostMapping.Hosts hosts,
                                               Tally tally) {
        Set<String> hostsWithVms = new LinkedHashSet<>();
        workloads.forEach(w -> {
            if (w.currentHost() != null) {
                hostsWithVms.add(w.currentHost().id());
            }
        });
        int unplaced = (int) workloads.stream().filter(w -> w.currentHost() == null).count();
        return new RvToolsImport.Counts(rows.size(), tally.templates, tally.poweredOff, tally.dropped,
                workloads.size(), unplaced, hosts.hosts().size(), hosts.hosts().size() - hostsWithVms.size());
    }

    private static VmDetails details(VmRow vm, boolean unique, Optional<SideTab> netTab, Optional<SideTab> partTab,
                                     Double overallMhz, Double consumedMib) {
        List<String> networks = new ArrayList<>();
        if (netTab.isPresent()) {
            Table n = netTab.get().table;
            int column = n.column("Network");
            for (int r : netTab.get().rowsOf(vm, unique)) {
                if (!n.text(r, column).isEmpty() && !networks.contains(n.text(r, column))) {
                    networks.add(n.text(r, column));
                }
            }
        }
        if (networks.isEmpty()) {
            vm.networks().stream().distinct().forEach(networks::add);
        }
        Double capacity = null;
        Double consumed = null;
        if (partTab.isPresent()) {
            Table p = partTab.get().table;
            int cap = p.column("Capacity MiB", "Capacity MB");
            int con = p.column("Consumed MiB", "Consumed MB");
            for (int r : partTab.get().rowsOf(vm, unique)) {
                Double c = Issues.parse(p.text(r, cap));
                Double u = Issues.parse(p.text(r, con));
                if (c != null) {
                    capacity = (capacity == null ? 0 : capacity) + c / 1024;
                }
                if (u != null) {
                    consumed = (consumed == null ? 0 : consumed) + u / 1024;
                }
            }
        }
        return VmDetails.builder().vmId(vm.vmId()).uuid(vm.uuid()).powerState(vm.powerState()).cluster(vm.cluster())
                .networks(networks).partitionCapacityGib(capacity).partitionConsumedGib(consumed)
                .cpuOverallMhz(overallMhz).memoryConsumedMib(consumedMib).build();
    }

    /** HA restart priority as criticality: what vSphere restarts first matters most. */
    static Criticality criticality(String haPriority) {
        return switch (haPriority.toLowerCase(Locale.ROOT)) {
            case "highest", "high" -> Criticality.HIGH;
            case "lowest", "low", "disabled" -> Criticality.LOW;
            default -> Criticality.NORMAL;
        };
    }

    private static String lastPart(String uuid) {
        int dash = uuid.lastIndexOf('-');
        return dash >= 0 && dash < uuid.length() - 1 ? uuid.substring(dash + 1) : uuid;
    }

    private static Integer wholeOrNull(String text) {
        Double value = Issues.parse(text);
        return value == null || value != Math.rint(value) ? null : (int) Math.rint(value);
    }

    private static String count(List<String> vms) {
        return vms.size() + (vms.size() == 1 ? " VM " : " VMs ") + HostMapping.sample(vms);
    }
}
