package org.consolida.io;

import static org.consolida.io.InventorySchema.HOUR_COLUMNS;
import static org.consolida.io.InventorySchema.WATTS_COLUMNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Rack;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/**
 * Turns the raw rows of any reader into an {@link Inventory}, checking every cell, id and reference in one pass. All
 * errors are thrown together in one {@link InvalidInputException}; warnings (today's placement over capacity, work on a
 * host that is off) come back with the inventory.
 */
public final class InventoryBuilder {
    private static final int KNOWN_LISTED = 8;

    private final RawInventory raw;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private final Ids<Site> sites = new Ids<>(InventorySchema.SITES);
    private final Ids<Rack> racks = new Ids<>(InventorySchema.RACKS);
    private final Ids<HostModel> models = new Ids<>(InventorySchema.HOST_MODELS);
    private final Ids<Hypervisor> hypervisors = new Ids<>(InventorySchema.HYPERVISORS);
    private final Ids<DemandProfile> profiles = new Ids<>(InventorySchema.PROFILES);
    private final Ids<Host> hosts = new Ids<>(InventorySchema.HOSTS);
    private final Ids<Workload> workloads = new Ids<>(InventorySchema.WORKLOADS);
    private final List<Flow> flows = new ArrayList<>();

    private InventoryBuilder(RawInventory raw) {
        this.raw = raw;
        this.file = raw.file();
        this.problems.addAll(raw.readerProblems());
    }

    /** Builds the inventory, or throws every error found (warnings included, so they are not lost). */
    public static ReadResult build(RawInventory raw) {
        return new InventoryBuilder(raw).build();
    }

    private ReadResult build() {
        rows(InventorySchema.SITES_SHEET, sites, this::site);
        rows(InventorySchema.RACKS_SHEET, racks, this::rack);
        rows(InventorySchema.HOST_MODELS_SHEET, models, this::hostModel);
        rows(InventorySchema.HYPERVISORS_SHEET, hypervisors, this::hypervisor);
        rows(InventorySchema.PROFILES_SHEET, profiles, this::profile);
        rows(InventorySchema.HOSTS_SHEET, hosts, this::host);
        rows(InventorySchema.WORKLOADS_SHEET, workloads, this::workload);
        traffic();
        Policy policy = PolicyRows.read(file, raw.sheet(InventorySchema.POLICY_SHEET), problems);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Inventory inventory;
        try {
            inventory = Inventory.builder().name(raw.name()).sites(sites.list()).racks(racks.list())
                    .hostModels(models.list()).hypervisors(hypervisors.list()).hosts(hosts.list())
                    .workloads(workloads.list()).flows(flows).profiles(profiles.list()).policy(policy).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.error(file, "", e.getMessage()));
        }
        problems.addAll(TodaysPlacement.warnings(file, inventory, hosts.declaredAt));
        problems.addAll(WanWarnings.warnings(file, inventory, sites.declaredAt));
        return new ReadResult(inventory, problems);
    }

    /** Reads the rows of one entity sheet: its id first (unique), then the entity, built only from a clean row. */
    private <T> void rows(SheetSpec spec, Ids<T> ids, Function<RowValues, T> entity) {
        RawSheet sheet = raw.sheet(spec);
        if (sheet == null || !sheet.present() || !sheet.hasColumn()[0]) {
            ids.absent = sheet == null || !sheet.present();
            ids.reported = spec.required(); // already reported by the reader: no echo in every referring row
            return;
        }
        if (sheet.rows().isEmpty() && spec.required() && !spec.name().equals(InventorySchema.WORKLOADS)) {
            problems.add(Problem.error(file, sheet.where(), "no rows; add at least one row below the header"));
            ids.reported = true;
            return;
        }
        String idColumn = spec.columns().get(0).name();
        for (RawRow row : sheet.rows()) {
            RowValues values = new RowValues(file, sheet, row, problems);
            String id = values.text(idColumn);
            if (id == null) {
                continue;
            }
            String first = ids.declaredAt.putIfAbsent(id, values.where(idColumn));
            if (first != null) {
                values.error(idColumn, idColumn + " \"" + id + "\" appears twice (first at " + first
                        + "); give each row its own " + idColumn);
                continue;
            }
            T built = entity.apply(values);
            if (built != null && !values.failed()) {
                ids.built.put(id, built);
            }
        }
    }

    private Site site(RowValues v) {
        double pue = v.number("pue");
        double price = v.number("kwh_price");
        double co2 = v.number("co2_g_per_kwh");
        double wan = v.number("wan_mbps");
        return v.failed() ? null : construct(v, () -> new Site(v.text("site"), pue, price, co2, wan));
    }

    private Rack rack(RowValues v) {
        Site site = reference(v, "site", sites);
        int units = v.integer("units");
        double powerKw = v.number("power_kw");
        return v.failed() ? null : construct(v, () -> new Rack(v.text("rack"), site, units, powerKw));
    }

    private HostModel hostModel(RowValues v) {
        int sockets = v.integer("sockets");
        int cores = v.integer("cores_per_socket");
        double ghz = v.number("core_ghz");
        double memory = v.number("memory_gib");
        double storage = v.number("storage_gib");
        double nic = v.number("nic_gbps");
        int units = v.integer("rack_units");
        PowerCurve curve = powerCurve(v);
        return v.failed() ? null : construct(v, () -> HostModel.builder(v.text("model")).vendor(v.text("vendor"))
                .cpuVendor(v.text("cpu_vendor")).sockets(sockets).coresPerSocket(cores).coreGhz(ghz).memoryGib(memory)
                .storageGib(storage).nicGbps(nic).rackUnits(units).powerCurve(curve).build());
    }

    private PowerCurve powerCurve(RowValues v) {
        boolean points = WATTS_COLUMNS.stream().anyMatch(c -> !v.isBlank(c));
        boolean line = !v.isBlank("idle_watts") || !v.isBlank("max_watts");
        if (points && line) {
            v.error(v.isBlank("idle_watts") ? "max_watts" : "idle_watts", "give either watts_0 … watts_100 or "
                    + "idle_watts and max_watts, not both");
            return null;
        }
        if (points) {
            List<Double> watts = new ArrayList<>();
            for (String column : WATTS_COLUMNS) {
                if (v.isBlank(column)) {
                    v.error(column, column + " is blank; give all of watts_0 … watts_100, or idle_watts and "
                            + "max_watts instead");
                    return null;
                }
                double value = v.number(column);
                if (Double.isNaN(value)) {
                    return null;
                }
                int i = watts.size();
                if (i > 0 && value < watts.get(i - 1)) {
                    v.error(column, column + " " + Numbers.text(value) + " is below " + WATTS_COLUMNS.get(i - 1) + " "
                            + Numbers.text(watts.get(i - 1)) + "; a power curve must not fall with load");
                    return null;
                }
                watts.add(value);
            }
            return new PowerCurve(watts);
        }
        if (line) {
            for (String column : List.of("idle_watts", "max_watts")) {
                if (v.isBlank(column)) {
                    v.error(column, column + " is blank; give both idle_watts and max_watts");
                    return null;
                }
            }
            double idle = v.number("idle_watts");
            double max = v.number("max_watts");
            if (Double.isNaN(idle) || Double.isNaN(max)) {
                return null;
            }
            if (max < idle) {
                v.error("max_watts", "max_watts " + Numbers.text(max) + " is below idle_watts " + Numbers.text(idle)
                        + "; a server draws more at full load than idle");
                return null;
            }
            return PowerCurve.linear(idle, max);
        }
        v.error(null, "model \"" + v.text("model") + "\" has no power figures; give watts_0 … watts_100, or "
                + "idle_watts and max_watts");
        return null;
    }

    private Hypervisor hypervisor(RowValues v) {
        HypervisorType type = v.enumeration("type", HypervisorType.class);
        Kernel kernel = v.enumeration("kernel", Kernel.class);
        String family = v.text("family");
        boolean para = v.yesNo("paravirt");
        boolean live = v.yesNo("live_migration");
        double full = v.number("overhead_full_pct");
        double paraPct = v.number("overhead_para_pct");
        return v.failed() ? null : construct(v, () -> new Hypervisor(v.text("hypervisor"), type, kernel, family, para,
                live, full, paraPct));
    }

    private DemandProfile profile(RowValues v) {
        List<Double> shares = new ArrayList<>();
        for (String hour : HOUR_COLUMNS) {
            shares.add(v.number(hour));
        }
        return v.failed() ? null : construct(v, () -> new DemandProfile(v.text("profile"), shares));
    }

    private Host host(RowValues v) {
        HostModel model = reference(v, "model", models);
        Rack rack = reference(v, "rack", racks);
        Hypervisor hypervisor = reference(v, "hypervisor", hypervisors);
        HostState state = v.enumeration("state", HostState.class);
        return v.failed() ? null : construct(v, () -> new Host(v.text("host"), model, rack, v.text("cluster"),
                hypervisor, state));
    }

    private Workload workload(RowValues v) {
        WorkloadKind kind = v.enumeration("kind", WorkloadKind.class);
        int vcpus = v.integer("vcpus");
        double cpu = v.number("cpu_ghz");
        double memory = v.number("memory_gib");
        double storage = v.number("storage_gib");
        VirtualizationMode mode = v.enumeration("virtualization", VirtualizationMode.class);
        Host host = reference(v, "current_host", hosts);
        boolean pinned = v.yesNo("pinned");
        if (pinned && v.isBlank("current_host")) {
            v.error("pinned", "pinned is yes but current_host is blank; name the host it must stay on, or set "
                    + "pinned to no");
        }
        SpreadScope spread = v.enumeration("spread", SpreadScope.class);
        Criticality criticality = v.enumeration("criticality", Criticality.class);
        double ops = v.number("ops_per_sec");
        DemandProfile profile = reference(v, "profile", profiles);
        RemoteAccess remote = v.enumeration("remote_access", RemoteAccess.class);
        return v.failed() ? null : construct(v, () -> Workload.builder(v.text("workload")).kind(kind).vcpus(vcpus)
                .cpuGhz(cpu).memoryGib(memory).storageGib(storage).os(v.text("os")).virtualization(mode)
                .currentHost(host).pinned(pinned).group(v.text("group")).spread(spread).criticality(criticality)
                .opsPerSec(ops).profile(profile).remoteAccess(remote).build());
    }

    private void traffic() {
        RawSheet sheet = raw.sheet(InventorySchema.TRAFFIC_SHEET);
        if (sheet == null || !sheet.present()) {
            return;
        }
        for (RawRow row : sheet.rows()) {
            RowValues v = new RowValues(file, sheet, row, problems);
            Workload from = reference(v, "from", workloads);
            Workload to = reference(v, "to", workloads);
            double mbps = v.number("mbps");
            if (!v.failed() && from.id().equals(to.id())) {
                v.error("to", "to \"" + to.id() + "\" is the same workload as from; a flow joins two different "
                        + "workloads");
            }
            if (!v.failed()) {
                Flow flow = construct(v, () -> new Flow(from, to, mbps));
                if (flow != null) {
                    flows.add(flow);
                }
            }
        }
    }

    /**
     * Resolves an id in a reference column. A blank optional reference is null; an id whose row had its own problems
     * fails this row quietly, so one bad host does not also report every workload on it.
     */
    private <T> T reference(RowValues v, String column, Ids<T> target) {
        String id = v.text(column);
        if (id == null || id.isEmpty()) {
            return null;
        }
        T found = target.built.get(id);
        if (found != null) {
            return found;
        }
        if (target.declaredAt.containsKey(id) || target.reported) {
            v.fail();
            return null;
        }
        List<String> known = new ArrayList<>(target.declaredAt.keySet());
        String list = target.absent ? "there is no " + target.sheet + " sheet"
                : known.isEmpty() ? target.sheet + " has no rows"
                : "known: " + String.join(", ", known.subList(0, Math.min(KNOWN_LISTED, known.size())))
                + (known.size() > KNOWN_LISTED ? ", … " + (known.size() - KNOWN_LISTED) + " more" : "");
        v.error(column, column + " \"" + id + "\" is not in " + target.sheet + " (" + list + ")");
        return null;
    }

    /** Runs a model constructor; its own check (a rule across fields) becomes a problem located at the row. */
    private <T> T construct(RowValues v, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String firstWord = message.split(" ", 2)[0];
            v.error(v.isKnownColumn(firstWord) ? firstWord : null, message);
            return null;
        }
    }

    /** The ids of one sheet: where each was declared (even a broken row), and the entities built from clean rows. */
    private static final class Ids<T> {
        final String sheet;
        final Map<String, String> declaredAt = new LinkedHashMap<>();
        final Map<String, T> built = new LinkedHashMap<>();
        /** The sheet itself is missing or empty, which is reported once; references to it fail quietly. */
        boolean reported;
        boolean absent;

        Ids(String sheet) {
            this.sheet = sheet;
        }

        List<T> list() {
            return List.copyOf(built.values());
        }
    }
}
