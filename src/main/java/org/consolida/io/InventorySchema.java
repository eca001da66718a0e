package org.consolida.io;

import static org.consolida.io.ColumnType.ENUMERATION;
import static org.consolida.io.ColumnType.FRACTION;
import static org.consolida.io.ColumnType.INTEGER;
import static org.consolida.io.ColumnType.NUMBER;
import static org.consolida.io.ColumnType.PERCENT;
import static org.consolida.io.ColumnType.TEXT;
import static org.consolida.io.ColumnType.YES_NO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.consolida.inventory.PolicyKey;

/**
 * The inventory format, defined once: the Excel reader and writer, the JSON reader and writer, the template and
 * docs/inventory-format.md all follow these sheets and columns, so they cannot drift apart.
 */
public final class InventorySchema {
    public static final String SITES = "Sites";
    public static final String RACKS = "Racks";
    public static final String HOST_MODELS = "HostModels";
    public static final String HYPERVISORS = "Hypervisors";
    public static final String HOSTS = "Hosts";
    public static final String WORKLOADS = "Workloads";
    public static final String TRAFFIC = "Traffic";
    public static final String PROFILES = "Profiles";
    public static final String POLICY = "Policy";

    /** Power curve points: watts_0, watts_10, … watts_100. */
    public static final List<String> WATTS_COLUMNS = wattsColumns();
    /** Hours of a demand profile: h00 … h23. */
    public static final List<String> HOUR_COLUMNS = hourColumns();

    private static final String[] EXAMPLE_CURVE = {"118", "160", "185", "208", "232", "258", "290", "325", "368",
        "412", "455"};
    private static final String[] EXAMPLE_PROFILE = {"0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.2", "0.4", "0.8",
        "1", "1", "1", "0.9", "1", "1", "1", "0.9", "0.7", "0.4", "0.3", "0.2", "0.2", "0.1", "0.1"};

    public static final SheetSpec SITES_SHEET = new SheetSpec(SITES, "sites", true,
            "A datacenter site: its energy efficiency, price and carbon intensity of electricity, and WAN bandwidth.",
            List.of(
                    Column.of("site", TEXT).required().meaning("Site name, unique.").example("paris").build(),
                    Column.of("pue", NUMBER).required().between(1, 5)
                            .meaning("Power usage effectiveness: facility power per watt of IT power.").example("1.5").build(),
                    Column.of("kwh_price", NUMBER).unit("currency/kWh").required().nonNegative().atMost(1000)
                            .meaning("What one kWh of electricity costs at this site.").example("0.18").build(),
                    Column.of("co2_g_per_kwh", NUMBER).unit("g/kWh").required().nonNegative().atMost(2000)
                            .meaning("Grid carbon intensity: grams of CO2 emitted per kWh.").example("60").build(),
                    Column.of("wan_mbps", NUMBER).unit("Mbit/s").optional("1000").nonNegative().atMost(10_000_000)
                            .meaning("WAN bandwidth from this site to the other sites, in each direction. Plans keep the flows "
                                    + "between sites within it; reading warns where today's placement, or the flows "
                                    + "between members of groups spread by site, exceed it.").example("1000").build()),
            List.of());

    public static final SheetSpec RACKS_SHEET = new SheetSpec(RACKS, "racks", true,
            "A rack at a site: the rack units it offers and its power budget.",
            List.of(
                    Column.of("rack", TEXT).required().meaning("Rack name, unique.").example("paris-r01").build(),
                    Column.of("site", TEXT).required().references(SITES).meaning("The site the rack stands in.")
                            .example("paris").build(),
                    Column.of("units", INTEGER).unit("U").optional("42").positive().atMost(100)
                            .meaning("Rack units the rack offers.").example("42").build(),
                    Column.of("power_kw", NUMBER).unit("kW").required().positive().atMost(1000)
                            .meaning("Power budget of the rack.").example("12").build()),
            List.of());

    public static final SheetSpec HOST_MODELS_SHEET = new SheetSpec(HOST_MODELS, "hostModels", true,
            "A server model: its capacity, its size in the rack and its power curve. Give the power curve either as "
                    + "watts_0 … watts_100 (wall power at 0 %, 10 %, … 100 % CPU load, SPECpower style) or as "
                    + "idle_watts and max_watts (a straight line between them).",
            hostModelColumns(),
            List.of(hostModelLinearExample()));

    public static final SheetSpec HYPERVISORS_SHEET = new SheetSpec(HYPERVISORS, "hypervisors", true,
            "A hypervisor and what it can do. Live migration works only between hosts of the same family.",
            List.of(
                    Column.of("hypervisor", TEXT).required().meaning("Hypervisor name, unique.").example("esxi-8").build(),
                    Column.of("type", ENUMERATION).required().allowed("1", "2", "container")
                            .meaning("1: bare metal; 2: hosted on an operating system; container: a container runtime.")
                            .example("1").build(),
                    Column.of("kernel", ENUMERATION).optional("monolithic").allowed("monolithic", "microkernel")
                            .meaning("Drivers in the hypervisor (monolithic) or in a privileged guest (microkernel).")
                            .example("monolithic").build(),
                    Column.of("family", TEXT).required()
                            .meaning("Product family; live migration works only within one family.").example("vmware").build(),
                    Column.of("paravirt", YES_NO).optional("no")
                            .meaning("Whether it runs paravirtualised guests.").example("yes").build(),
                    Column.of("live_migration", YES_NO).optional("yes")
                            .meaning("Whether it moves running guests between hosts.").example("yes").build(),
                    Column.of("overhead_full_pct", PERCENT).unit("%").optional("5").between(0, 90)
                            .meaning("Share of CPU lost to virtualisation by a fully virtualised guest.").example("6").build(),
                    Column.of("overhead_para_pct", PERCENT).unit("%").optional("2").between(0, 90)
                            .meaning("Share of CPU lost to virtualisation by a paravirtualised guest.").example("3").build()),
            List.of());

    public static final SheetSpec HOSTS_SHEET = new SheetSpec(HOSTS, "hosts", true,
            "A physical server: its model, where it stands, its cluster and hypervisor, and its state today.",
            List.of(
                    Column.of("host", TEXT).required().meaning("Host name, unique.").example("esx-01").build(),
                    Column.of("model", TEXT).required().references(HOST_MODELS).meaning("Its server model.")
                            .example("R760").build(),
                    Column.of("rack", TEXT).required().references(RACKS).meaning("The rack it stands in.")
                            .example("paris-r01").build(),
                    Column.of("cluster", TEXT).optional("").meaning("Cluster it belongs to (failover reserve is per cluster).")
                            .example("prod").build(),
                    Column.of("hypervisor", TEXT).required().references(HYPERVISORS).meaning("The hypervisor it runs.")
                            .example("esxi-8").build(),
                    Column.of("state", ENUMERATION).optional("on").allowed("on", "off", "maintenance")
                            .meaning("Its state today; a host in maintenance must be left empty by the plan.")
                            .example("on").build()),
            List.of());

    public static final SheetSpec WORKLOADS_SHEET = new SheetSpec(WORKLOADS, "workloads", true,
            "A VM, VDI desktop or container and what it demands.",
            List.of(
                    Column.of("workload", TEXT).required().meaning("Workload name, unique.").example("web-01").build(),
                    Column.of("kind", ENUMERATION).optional("vm").allowed("vm", "vdi", "container")
                            .meaning("A virtual machine, a VDI desktop or a container.").example("vm").build(),
                    Column.of("vcpus", INTEGER).required().positive().atMost(4096).meaning("Virtual CPUs allocated.").example("4").build(),
                    Column.of("cpu_ghz", NUMBER).unit("GHz").required().nonNegative().atMost(50_000)
                            .meaning("CPU demand at a high percentile (the figure capacity is planned for).")
                            .example("2.4").build(),
                    Column.of("memory_gib", NUMBER).unit("GiB").required().positive().atMost(65_536)
                            .meaning("Memory allocated.").example("16").build(),
                    Column.of("storage_gib", NUMBER).unit("GiB").optional("0").nonNegative().atMost(1e7)
                            .meaning("Storage used.").example("120").build(),
                    Column.of("os", TEXT).optional("").meaning("Guest operating system.").example("linux").build(),
                    Column.of("virtualization", ENUMERATION).optional("any").allowed("para", "full", "any")
                            .meaning("The virtualisation mode it needs: paravirtualised, full, or either.")
                            .example("any").build(),
                    Column.of("current_host", TEXT).optional("").references(HOSTS)
                            .meaning("The host it runs on today; blank for a workload not placed yet.")
                            .example("esx-01").build(),
                    Column.of("pinned", YES_NO).optional("no")
                            .meaning("Whether it must stay on its current host.").example("no").build(),
                    Column.of("group", TEXT).optional("")
                            .meaning("Redundancy group: members are spread across the spread scope.").example("web").build(),
                    Column.of("spread", ENUMERATION).optional("host").allowed("host", "rack", "site")
                            .meaning("Failure domain the members of its group must be spread across.").example("host").build(),
                    Column.of("criticality", ENUMERATION).optional("normal").allowed("low", "normal", "high")
                            .meaning("How much its owners care.").example("high").build(),
                    Column.of("ops_per_sec", NUMBER).unit("ops/s").optional("0").nonNegative().atMost(1e12)
                            .meaning("Throughput it must deliver at peak.").example("500").build(),
                    Column.of("profile", TEXT).optional("").references(PROFILES)
                            .meaning("Its demand over the day, a row of Profiles; blank: at peak all day.")
                            .example("office").build(),
                    Column.of("remote_access", ENUMERATION).optional("none").allowed("none", "rdp", "vnc")
                            .meaning("How users reach its desktop directly, if at all.").example("none").build()),
            List.of(Map.of("workload", "db-01", "cpu_ghz", "3.2", "memory_gib", "32", "storage_gib", "500",
                    "group", "db", "ops_per_sec", "300")));

    public static final SheetSpec TRAFFIC_SHEET = new SheetSpec(TRAFFIC, "flows", true,
            "Traffic between two workloads. Which links it uses follows from where the plan puts its two ends.",
            List.of(
                    Column.of("from", TEXT).required().references(WORKLOADS).meaning("One end of the flow.")
                            .example("web-01").build(),
                    Column.of("to", TEXT).required().references(WORKLOADS).meaning("The other end.")
                            .example("db-01").build(),
                    Column.of("mbps", NUMBER).unit("Mbit/s").required().nonNegative().atMost(1_000_000)
                            .meaning("Traffic between them.").example("80").build()),
            List.of());

    public static final SheetSpec PROFILES_SHEET = new SheetSpec(PROFILES, "profiles", false,
            "A demand profile: for each hour of the day, the share of peak demand (0 to 1). Optional.",
            profileColumns(),
            List.of());

    public static final SheetSpec POLICY_SHEET = new SheetSpec(POLICY, "policy", false,
            "The planning policy, one key and value per row (in JSON, an object of key and value). Optional: a key "
                    + "left out takes its default.",
            List.of(
                    Column.of("key", TEXT).required().meaning("A policy key, from the table below.")
                            .example("cpu_overcommit").build(),
                    Column.of("value", TEXT).required().meaning("Its value.").example("1").build()),
            List.of());

    public static final List<SheetSpec> SHEETS = List.of(SITES_SHEET, RACKS_SHEET, HOST_MODELS_SHEET,
            HYPERVISORS_SHEET, HOSTS_SHEET, WORKLOADS_SHEET, TRAFFIC_SHEET, PROFILES_SHEET, POLICY_SHEET);

    /** The keys of the Policy sheet, one per {@link PolicyKey} in its order. */
    public static final List<Column> POLICY_KEYS = Arrays.stream(PolicyKey.values())
            .map(InventorySchema::policyColumn).toList();

    private InventorySchema() {
    }

    /** The sheet a workbook's sheet name stands for, ignoring case and spaces ("Host models" is HostModels). */
    public static Optional<SheetSpec> sheet(String name) {
        String key = Headers.key(name);
        return SHEETS.stream().filter(s -> Headers.key(s.name()).equals(key)).findFirst();
    }

    public static Optional<Column> policyKey(String key) {
        return POLICY_KEYS.stream().filter(c -> c.name().equals(key)).findFirst();
    }

    private static List<String> wattsColumns() {
        List<String> names = new ArrayList<>();
        for (int load = 0; load <= 100; load += 10) {
            names.add("watts_" + load);
        }
        return List.copyOf(names);
    }

    private static List<String> hourColumns() {
        List<String> names = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            names.add(String.format("h%02d", hour));
        }
        return List.copyOf(names);
    }

    private static List<Column> hostModelColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("model", TEXT).required().meaning("Model name, unique.").example("R760").build(),
                Column.of("vendor", TEXT).optional("").meaning("Server vendor.").example("Dell").build(),
                Column.of("cpu_vendor", TEXT).optional("").meaning("CPU vendor (intel, amd, arm).").example("intel").build(),
                Column.of("sockets", INTEGER).required().positive().atMost(64).meaning("CPU sockets.").example("2").build(),
                Column.of("cores_per_socket", INTEGER).required().positive().atMost(1024).meaning("Cores per socket.")
                        .example("32").build(),
                Column.of("core_ghz", NUMBER).unit("GHz").required().positive().atMost(10).meaning("Nominal clock of one core.")
                        .example("2.4").build(),
                Column.of("memory_gib", NUMBER).unit("GiB").required().positive().atMost(1_048_576).meaning("Installed memory.")
                        .example("1024").build(),
                Column.of("storage_gib", NUMBER).unit("GiB").optional("0").nonNegative().atMost(1e7)
                        .meaning("Storage it offers to guests.").example("7680").build(),
                Column.of("nic_gbps", NUMBER).unit("Gbit/s").optional("10").positive().atMost(10_000)
                        .meaning("Network interface speed.").example("25").build(),
                Column.of("rack_units", INTEGER).unit("U").required().positive().atMost(100).meaning("Height in the rack.")
                        .example("2").build()));
        for (int i = 0; i < WATTS_COLUMNS.size(); i++) {
            columns.add(Column.of(WATTS_COLUMNS.get(i), NUMBER).unit("W").optional("").nonNegative().atMost(100_000)
                    .meaning("Wall power at " + (i * 10) + " % CPU load.").example(EXAMPLE_CURVE[i]).build());
        }
        columns.add(Column.of("idle_watts", NUMBER).unit("W").optional("").nonNegative().atMost(100_000)
                .meaning("Wall power idle, when watts_0 … watts_100 are not given.").example("").build());
        columns.add(Column.of("max_watts", NUMBER).unit("W").optional("").nonNegative().atMost(100_000)
                .meaning("Wall power at full load, when watts_0 … watts_100 are not given.").example("").build());
        return columns;
    }

    private static Map<String, String> hostModelLinearExample() {
        Map<String, String> row = new HashMap<>(Map.of("model", "R7625", "cpu_vendor", "amd", "cores_per_socket", "48",
                "core_ghz", "2.75", "memory_gib", "1536", "idle_watts", "135", "max_watts", "560"));
        WATTS_COLUMNS.forEach(name -> row.put(name, ""));
        return row;
    }

    private static List<Column> profileColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("profile", TEXT).required().meaning("Profile name, unique.").example("office").build());
        for (int hour = 0; hour < 24; hour++) {
            columns.add(Column.of(HOUR_COLUMNS.get(hour), FRACTION).required()
                    .meaning(String.format("Share of peak demand from %02d:00 to %02d:59.", hour, hour))
                    .example(EXAMPLE_PROFILE[hour]).build());
        }
        return columns;
    }

    /** The Policy sheet's column for a key of {@link PolicyKey}: every figure comes from that table. */
    private static Column policyColumn(PolicyKey key) {
        Column.Builder column = Column.of(key.key(), switch (key.type()) {
            case NUMBER -> NUMBER;
            case FRACTION -> FRACTION;
            case YES_NO -> YES_NO;
            case TEXT -> TEXT;
            case CHOICE -> ENUMERATION;
        });
        String defaultText = policyText(key.defaultValue());
        column.unit(key.unit()).optional(defaultText).meaning(key.meaning()).example(defaultText);
        if (key.type() == PolicyKey.Type.CHOICE) {
            column.allowed(Arrays.stream(key.choices()).map(EnumText::of).toArray(String[]::new));
        }
        if (key.max() != null) {
            column.between(key.min(), key.max());
        } else if (key.min() != null && key.min() == 0) {
            column.nonNegative();
        } else if (key.min() != null) {
            column.between(key.min(), Double.MAX_VALUE);
        }
        return column.build();
    }

    /** A policy value as a sheet writes it: numbers without a needless ".0", yes/no, enum words. */
    static String policyText(Object value) {
        if (value instanceof Double number) {
            return Numbers.text(number);
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        return value instanceof Enum<?> choice ? EnumText.of(choice) : String.valueOf(value);
    }
}
