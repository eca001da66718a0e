package org.consolida.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PolicyKey;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;

/**
 * The reverse of {@link InventoryBuilder}: an inventory as rows of typed values per sheet, in schema column order, for
 * the writers. A value is a String, a Double, a Long, a Boolean (yes/no) or null (blank); enums are already words.
 */
public final class InventoryRows {
    private InventoryRows() {
    }

    /** Rows per sheet, in schema order; Policy holds one [key, value] row per policy key. */
    public static Map<SheetSpec, List<Object[]>> of(Inventory inventory) {
        Map<SheetSpec, List<Object[]>> sheets = new LinkedHashMap<>();
        sheets.put(InventorySchema.SITES_SHEET, map(inventory.sites(), InventoryRows::site));
        sheets.put(InventorySchema.RACKS_SHEET, map(inventory.racks(), InventoryRows::rack));
        sheets.put(InventorySchema.HOST_MODELS_SHEET, map(inventory.hostModels(), InventoryRows::hostModel));
        sheets.put(InventorySchema.HYPERVISORS_SHEET, map(inventory.hypervisors(), InventoryRows::hypervisor));
        sheets.put(InventorySchema.HOSTS_SHEET, map(inventory.hosts(), InventoryRows::host));
        Set<String> named = inventory.profiles().stream().map(DemandProfile::id).collect(Collectors.toSet());
        sheets.put(InventorySchema.WORKLOADS_SHEET, map(inventory.workloads(), w -> workload(w, named)));
        sheets.put(InventorySchema.TRAFFIC_SHEET, map(inventory.flows(), InventoryRows::flow));
        sheets.put(InventorySchema.PROFILES_SHEET, map(inventory.profiles(), InventoryRows::profile));
        sheets.put(InventorySchema.POLICY_SHEET, policy(inventory.policy()));
        return sheets;
    }

    /** The value of each policy key, typed as its column says. */
    public static Map<String, Object> policyValues(Policy p) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PolicyKey key : PolicyKey.values()) {
            Object value = key.valueOf(p);
            values.put(key.key(), value instanceof Enum<?> choice ? EnumText.of(choice) : value);
        }
        return values;
    }

    private static <T> List<Object[]> map(List<T> items, Function<T, Object[]> row) {
        List<Object[]> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    private static Object[] site(Site s) {
        return new Object[] {s.id(), s.pue(), s.kwhPrice(), s.co2GramsPerKwh(), s.wanMbps()};
    }

    private static Object[] rack(Rack r) {
        return new Object[] {r.id(), r.site().id(), (long) r.units(), r.powerKw()};
    }

    private static Object[] hostModel(HostModel m) {
        List<Object> row = new ArrayList<>(List.of(m.id(), blank(m.vendor()), blank(m.cpuVendor()), (long) m.sockets(),
                (long) m.coresPerSocket(), m.coreGhz(), m.memoryGib(), m.storageGib(), m.nicGbps(),
                (long) m.rackUnits()));
        row.addAll(m.powerCurve().watts());
        row.add(null); // idle_watts: the curve above says it all
        row.add(null); // max_watts
        return row.toArray();
    }

    private static Object[] hypervisor(Hypervisor h) {
        return new Object[] {h.id(), EnumText.of(h.type()), EnumText.of(h.kernel()), h.family(),
            h.paravirtualization(), h.liveMigration(), h.overheadFullPct(), h.overheadParaPct()};
    }

    private static Object[] host(Host h) {
        return new Object[] {h.id(), h.model().id(), h.rack().id(), blank(h.cluster()), h.hypervisor().id(),
            EnumText.of(h.state())};
    }

    private static Object[] workload(Workload w, Set<String> namedProfiles) {
        String profile = namedProfiles.contains(w.profile().id()) ? w.profile().id() : null;
        return new Object[] {w.id(), EnumText.of(w.kind()), (long) w.vcpus(), w.cpuGhz(), w.memoryGib(),
            w.storageGib(), blank(w.os()), EnumText.of(w.virtualization()),
            w.currentHost() == null ? null : w.currentHost().id(), w.pinned(), w.group(), EnumText.of(w.spread()),
            EnumText.of(w.criticality()), w.opsPerSec(), profile, EnumText.of(w.remoteAccess())};
    }

    private static Object[] flow(Flow f) {
        return new Object[] {f.from().id(), f.to().id(), f.mbps()};
    }

    private static Object[] profile(DemandProfile p) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        row.addAll(p.hourlyShare());
        return row.toArray();
    }

    private static List<Object[]> policy(Policy p) {
        List<Object[]> rows = new ArrayList<>();
        policyValues(p).forEach((key, value) -> rows.add(new Object[] {key, value}));
        return rows;
    }

    private static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
