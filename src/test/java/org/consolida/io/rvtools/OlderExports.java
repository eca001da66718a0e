package org.consolida.io.rvtools;

import java.util.Arrays;
import java.util.List;

/** An export in the style of older RVTools versions: MB headers, ESX Version, custom attributes, a shared VM name. */
final class OlderExports {
    static final String E5 = "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz";

    private OlderExports() {
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static Exports older() {
        return new Exports()
                .tab("vInfo", row("VM", "Powerstate", "Template", "CPUs", "Memory", "Owner", "NICs", "Provisioned MB",
                                "In Use MB", "Datacenter", "Cluster", "Host", "OS according to the configuration file",
                                "VM UUID", "HA Restart Priority"),
                        row("web", "poweredOn", "False", 2, 4096, "alice", 1, 51200, 20480, "DC1", "Prod", "esx01",
                                "Microsoft Windows Server 2016 (64-bit)", "4210a1b2-0000-0000-0000-00000000aaaa", "high"),
                        row("web", "poweredOn", "False", "4", 8192, "bob", 1, 102400, 40960, "DC1", "Prod", "esx02",
                                "Microsoft Windows Server 2016 (64-bit)", "4210a1b2-0000-0000-0000-00000000bbbb", "medium"),
                        row("db01", "poweredOff", "False", 8, 32768, null, 1, 204800, 204800, "DC1", "Prod", "esx01",
                                "Red Hat Enterprise Linux 7 (64-bit)", "4210a1b2-0000-0000-0000-0000000000db", null),
                        row("tmpl-linux", "poweredOff", "True", 1, 1024, null, 1, 16384, 2048, "DC1", "Prod", "esx01",
                                "Other Linux (64-bit)", "4210a1b2-0000-0000-0000-0000000000ee", null),
                        null,
                        row("ghost", "poweredOn", "False", 1, 1024, null, 1, 1024, 1024, "DC1", "Prod", "esx01", "", "", null))
                .tab("vHost", row("Host", "Datacenter", "Cluster", "Rack location", "in Maintenance Mode", "CPU Model",
                                "Speed", "# CPU", "Cores per CPU", "# Cores", "CPU usage %", "# Memory", "Memory usage %",
                                "# NICs", "Vendor", "Model", "ESX Version"),
                        row("esx01", "DC1", "Prod", "R12", "False", E5, 2400, 2, 14, 28, 35, 262144, 60, 4, "Dell Inc.",
                                "PowerEdge R730", "VMware ESXi 6.5.0 build-4564106"),
                        row("esx02", "DC1", "Prod", "R12", "True", E5, 2400, 2, 14, 28, "12%", "262144", 0, 4, "Dell Inc.",
                                "PowerEdge R730", "VMware ESXi 6.5.0 build-4564106"),
                        row("esx03", "DC1", "Test", "R14", "False", "Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz", 2400, 1, 8,
                                8, 3, 65536, 10, 2, "HP", "ProLiant DL360 Gen9", "VMware ESXi 6.0.0 build-3620759"))
                .tab("vPartition", row("VM", "Powerstate", "Disk", "Capacity MB", "Consumed MB", "Free MB", "Free % ",
                                "VM UUID"),
                        row("db01", "poweredOff", "/", 10240, 5120, 5120, 50, "4210a1b2-0000-0000-0000-0000000000db"),
                        row("db01", "poweredOff", "/var", 20480, 2048, 18432, 90, "4210a1b2-0000-0000-0000-0000000000db"))
                .tab("vNetwork", row("VM", "Powerstate", "NIC label", "Network", "VM UUID"),
                        row("web", "poweredOn", "Network adapter 1", "DMZ", "4210a1b2-0000-0000-0000-00000000aaaa"),
                        row("web", "poweredOn", "Network adapter 1", "Backend", "4210a1b2-0000-0000-0000-00000000bbbb"),
                        row("web", "poweredOn", "Network adapter 2", "Backup", "4210a1b2-0000-0000-0000-00000000bbbb"));
    }
}
