package org.consolida.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.consolida.io.rvtools.RvToolsImport;
import org.consolida.io.rvtools.RvToolsReader;

/**
 * Import time of a generated RVTools export: vInfo with the 79 columns of a vCenter 8 export, vHost, vCPU and
 * vMemory, for N VMs (default 10,000) on N / 25 hosts. Usage: {@code RvToolsBench [VMS] [RUNS]}; with KEEP set in the
 * environment the generated workbook is kept and its path printed.
 */
public final class RvToolsBench {
    private static final List<String> VINFO = List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Config status",
            "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn", "Suspended To Memory",
            "Suspend time", "Suspend Interval", "Creation date", "Change Version", "CPUs", "Overall Cpu Readiness",
            "Memory", "Active Memory", "NICs", "Disks", "Total disk capacity MiB", "Fixed Passthru HotPlug",
            "min Required EVC Mode Key", "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT",
            "Primary IP Address", "Network #1", "Network #2", "Network #3", "Network #4", "Network #5", "Network #6",
            "Network #7", "Network #8", "Num Monitors", "Video Ram KiB", "Resource pool", "Folder ID", "Folder", "vApp",
            "DAS protection", "FT State", "FT Role", "FT Latency", "FT Bandwidth", "FT Sec. Latency",
            "Vm Failover In Progress", "Provisioned MiB", "In Use MiB", "Unshared MiB", "HA Restart Priority",
            "HA Isolation Response", "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)", "Boot Required",
            "Boot delay", "Boot retry delay", "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff",
            "EFI Secure boot", "Firmware", "HW version", "HW upgrade status", "Datacenter", "Cluster", "Host",
            "OS according to the configuration file", "OS according to the VMware Tools", "Customization Info",
            "Guest Detailed Data", "VM ID", "VM UUID", "VI SDK Server type", "VI SDK API Version");
    private static final List<String> VHOST = List.of("Host", "Datacenter", "Cluster", "Config status",
            "in Maintenance Mode", "CPU Model", "Speed", "HT Available", "# CPU", "Cores per CPU", "# Cores",
            "CPU usage %", "# Memory", "Memory usage %", "# NICs", "# VMs", "Vendor", "Model");

    private RvToolsBench() {
    }

    public static void main(String[] args) throws IOException {
        int vms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int hosts = Math.max(1, vms / 25);
        Path file = Files.createTempFile("rvtools-bench-", ".xlsx");
        try {
            long start = System.nanoTime();
            generate(file, vms, hosts, new Random(42));
            double generateSeconds = (System.nanoTime() - start) / 1e9;

            RvToolsReader.read(file); // warm-up: class loading, JIT
            double[] seconds = new double[runs];
            double[] cpuSeconds = new double[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            RvToolsImport imported = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                imported = RvToolsReader.read(file);
                cpuSeconds[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpuSeconds);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapMib = (runtime.totalMemory() - runtime.freeMemory()) >> 20;

            // the machines are shared: CPU time of the importing thread is steadier than wall time
            System.out.println("| VMs | hosts | file MiB | generate s | import wall min s | import wall median s "
                    + "| import CPU median s | workloads | heap after MiB |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.2f | %.3f | %.3f | %.3f | %d | %d |%n", vms, hosts,
                    Files.size(file) / 1048576.0, generateSeconds, seconds[0], seconds[runs / 2], cpuSeconds[runs / 2],
                    imported.inventory().workloads().size(), heapMib);
            System.out.println(imported.counts());
        } finally {
            if (System.getenv("KEEP") == null) Files.deleteIfExists(file); else System.out.println(file);
        }
    }

    private static void generate(Path file, int vms, int hosts, Random random) throws IOException {
        // shared strings, as RVTools writes them (inline strings take POI's much slower rich-text path)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet info = header(workbook.createSheet("vInfo"), VINFO);
            Sheet cpu = header(workbook.createSheet("vCPU"), List.of("VM", "Powerstate", "Template", "CPUs", "Overall",
                    "Host", "VM UUID"));
            Sheet memory = header(workbook.createSheet("vMemory"), List.of("VM", "Powerstate", "Template", "Size MiB",
                    "Consumed", "Active", "Host", "VM UUID"));
            for (int v = 0; v < vms; v++) {
                String name = "vm-" + v;
                String host = "esx" + (v % hosts) + ".example.org";
                String uuid = String.format("500b%04x-0000-0000-0000-%012x", v & 0xffff, v);
                boolean on = random.nextDouble() < 0.85;
                int vcpus = 1 << random.nextInt(4);
                int memoryMib = 1024 * (1 << random.nextInt(5));
                int provisioned = 20_480 + random.nextInt(500_000);
                Row row = info.createRow(v + 1);
                for (int c = 0; c < VINFO.size(); c++) {
                    String column = VINFO.get(c);
                    switch (column) {
                        case "VM" -> row.createCell(c).setCellValue(name);
                        case "Powerstate" -> row.createCell(c).setCellValue(on ? "poweredOn" : "poweredOff");
                        case "Template" -> row.createCell(c).setCellValue("False");
                        case "CPUs" -> row.createCell(c).setCellValue(vcpus);
                        case "Memory" -> row.createCell(c).setCellValue(memoryMib);
                        case "Provisioned MiB", "Total disk capacity MiB" -> row.createCell(c).setCellValue(provisioned);
                        case "In Use MiB", "Unshared MiB" -> row.createCell(c).setCellValue(provisioned / 3);
                        case "Datacenter" -> row.createCell(c).setCellValue("DC" + (v % hosts) % 2);
                        case "Cluster" -> row.createCell(c).setCellValue("cluster-" + (v % hosts) / 16);
                        case "Host" -> row.createCell(c).setCellValue(host);
                        case "OS according to the configuration file" ->
                                row.createCell(c).setCellValue("Red Hat Enterprise Linux 9 (64-bit)");
                        case "Network #1" -> row.createCell(c).setCellValue("VM Network");
                        case "VM ID" -> row.createCell(c).setCellValue("vm-" + (10_000 + v));
                        case "VM UUID" -> row.createCell(c).setCellValue(uuid);
                        case "Creation date", "Change Version" -> row.createCell(c).setCellValue(45_000 + random.nextDouble() * 800);
                        default -> row.createCell(c).setCellValue(c % 3 == 0 ? "normal" : "False");
                    }
                }
                Row c = cpu.createRow(v + 1);
                cells(c, name, on ? "poweredOn" : "poweredOff", "False", vcpus,
                        on ? random.nextInt(vcpus * 600 + 1) : 0, host, uuid);
                Row m = memory.createRow(v + 1);
                cells(m, name, on ? "poweredOn" : "poweredOff", "False", memoryMib,
                        on ? memoryMib * (0.3 + 0.7 * random.nextDouble()) : 0, on ? memoryMib * 0.1 : 0, host, uuid);
            }
            Sheet vHost = header(workbook.createSheet("vHost"), VHOST);
            for (int h = 0; h < hosts; h++) {
                boolean amd = h % 3 == 0;
                cells(vHost.createRow(h + 1), "esx" + h + ".example.org", "DC" + h % 2, "cluster-" + h / 16, "green",
                        "False", amd ? "AMD EPYC 7763 64-Core Processor" : "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
                        amd ? 2450 : 2000, "True", 2, amd ? 64 : 32, amd ? 128 : 64, 10 + random.nextInt(30),
                        amd ? 1_048_576 : 524_288, 20 + random.nextInt(50), 4, 25, amd ? "Lenovo" : "Dell Inc.",
                        amd ? "ThinkSystem SR665" : "PowerEdge R750");
            }
            workbook.write(out);
        }
    }

    private static Sheet header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
        }
        return sheet;
    }

    private static void cells(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(values[c]));
            }
        }
    }
}
