package org.consolida.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;

/**
 * How long generating and importing a large inventory takes, and the heap the import needs. The parent generates
 * and writes the files; each import runs in a child JVM with a fixed heap ceiling (-Xmx2g by default), which resets
 * the heap pools' peaks before reading, so the peak is the import's own. Usage:
 * {@code ImportBench [--hosts 1000] [--workloads 100000] [--seed 1] [--xmx 2g] [--out reports/bench-import]}
 */
public final class ImportBench {
    private static final String CHILD = "--child";

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(CHILD)) {
            child(Path.of(args[1]));
            return;
        }
        int hosts = 1_000;
        int workloads = 100_000;
        long seed = 1;
        String xmx = "2g";
        Path out = Path.of("reports", "bench-import");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--hosts" -> hosts = Integer.parseInt(args[i + 1]);
                case "--workloads" -> workloads = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--xmx" -> xmx = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --hosts --workloads --seed --xmx --out");
            }
        }
        Files.createDirectories(out);
        System.out.printf(Locale.ROOT, "Import benchmark: %,d hosts, %,d workloads, seed %d; imports in a child JVM "
                + "with -Xmx%s; %d cores%n%n", hosts, workloads, seed, xmx, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-30s %8s %8s  %s%n", "step", "wall s", "cpu s", "figures");

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Inventory inventory = InventoryGenerator.generate(hosts, workloads, seed);
        row("generate (in memory)", start, cpuStart, inventory.flows().size() + " flows");
        for (String extension : List.of("xlsx", "json")) {
            Path file = out.resolve("generated-" + workloads + "." + extension);
            start = System.nanoTime();
            cpuStart = processCpuNanos();
            Inventories.write(inventory, file);
            row("write ." + extension, start, cpuStart, String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6));
            importInChild(file, extension, xmx, inventory.workloads().size());
        }
    }

    private static void row(String step, long startNanos, long cpuStartNanos, String figures) {
        System.out.printf(Locale.ROOT, "%-30s %8.1f %8.1f  %s%n", step, (System.nanoTime() - startNanos) / 1e9,
                (processCpuNanos() - cpuStartNanos) / 1e9, figures);
    }

    /** CPU time of this JVM, all threads (the GC's included): on a shared machine, steadier than wall time. */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    private static void importInChild(Path file, String extension, String xmx, int expectedWorkloads)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                ImportBench.class.getName(), CHILD, file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = child.waitFor();
        String step = "import ." + extension + " (-Xmx" + xmx + ")";
        String result = output.lines().filter(l -> l.startsWith("result ")).findFirst().orElse(null);
        if (code != 0 || result == null) {
            System.out.printf(Locale.ROOT, "%-30s %8s %8s  failed (exit %d): %s%n", step, "-", "-", code,
                    output.lines().reduce((a, b) -> b).orElse(""));
            return;
        }
        String[] figures = result.split(" ");
        double seconds = Double.parseDouble(figures[1]);
        double cpuSeconds = Double.parseDouble(figures[2]);
        long peakMb = Long.parseLong(figures[3]) >> 20;
        long retainedMb = Long.parseLong(figures[4]) >> 20;
        int workloads = Integer.parseInt(figures[5]);
        System.out.printf(Locale.ROOT, "%-30s %8.1f %8.1f  peak heap %,d MB, retained %,d MB, %,d workloads%s%n",
                step, seconds, cpuSeconds, peakMb, retainedMb, workloads,
                workloads == expectedWorkloads ? "" : " (MISMATCH)");
    }

    /** Reads the file and prints "result SECONDS CPU_SECONDS PEAK_HEAP_BYTES RETAINED_BYTES WORKLOADS". */
    private static void child(Path file) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Inventory inventory = Inventories.read(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // Sum of each pool's peak: an upper bound on the heap the import used at any one time, garbage included.
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        System.out.println("result " + seconds + " " + cpuSeconds + " " + peak + " " + retained + " "
                + inventory.workloads().size());
    }
}
