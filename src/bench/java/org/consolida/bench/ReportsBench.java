package org.consolida.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.consolida.report.ReportModel;
import org.consolida.report.ReportWriter;

/**
 * Times writing the three reports of a large synthetic plan (default 1,000 hosts and 10,000 workloads): each writer
 * alone, then all three together as {@code plan} does (staged and committed as a set), and prints each file's size.
 * Budgets: all three in under 10 s at 10,000 workloads; report.html at most 10 MB at 100,000 workloads, and it renders
 * in headless Chromium (timed here when chromium is installed: loaded, scripts run, a table sorted, no request made).
 * Arguments: [hosts] [workloads] [runs].
 */
public final class ReportsBench {
    private ReportsBench() {
    }

    private interface Step {
        void run(ReportModel model, Path file) throws IOException;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long modelStart = System.nanoTime();
        ReportModel model = SyntheticReports.model("bench", hosts, workloads, 1);
        long modelMillis = (System.nanoTime() - modelStart) / 1_000_000;
        Path folder = Files.createTempDirectory("consolida-reports-bench");
        try {
            System.out.printf(Locale.ROOT, "Reports for %,d hosts, %,d workloads, %,d moves, %,d findings;"
                            + " median of %d runs after one warm-up (first run in brackets)%n",
                    model.hosts().size(), model.placements().size(), model.migrationCount(), model.findings().size(),
                    runs);
            System.out.printf(Locale.ROOT, "synthetic model built in %,d ms%n", modelMillis);
            System.out.printf(Locale.ROOT, "%-12s %12s %12s %12s%n", "file", "size (KB)", "median (ms)", "first (ms)");
            row(model, folder, "plan.json", ReportWriter::writeJson, runs);
            row(model, folder, "plan.xlsx", ReportWriter::writeWorkbook, runs);
            row(model, folder, "report.html", ReportWriter::writePage, runs);
            Path all = folder.resolve("all");
            row(model, all, "all three", (m, file) -> ReportWriter.writeAll(m, file.getParent()), runs);
            render(all.resolve(ReportWriter.PAGE), folder);
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void row(ReportModel model, Path folder, String name, Step step, int runs) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name.equals("all three") ? "plan.json" : name);
        long first = time(() -> step.run(model, file));
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = time(() -> step.run(model, file));
        }
        Arrays.sort(times);
        long bytes = 0;
        try (var files = Files.list(folder)) {
            for (Path written : files.filter(Files::isRegularFile).toList()) {
                bytes += name.equals("all three") || written.equals(file) ? Files.size(written) : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%-12s %,12d %,12d %,12d%n", name, bytes / 1024, times[runs / 2], first);
    }

    /** Opens the page in headless Chromium, clicks a column header of the hosts table, and reads the result back. */
    private static void render(Path page, Path folder) throws IOException, InterruptedException {
        if (!HeadlessChromium.installed()) {
            System.out.println("report.html render: skipped, chromium is not installed at " + HeadlessChromium.BINARY);
            return;
        }
        String probe = "<script>window.addEventListener('load', function () {"
                + " var table = document.querySelector('#hosts table.sortable'); table.tHead.rows[0].cells[13].click();"
                + " var pre = document.createElement('pre'); pre.id = 'bench-probe';"
                + " pre.textContent = 'rows=' + document.querySelectorAll('main tbody tr').length"
                + " + ' charts=' + document.querySelectorAll('figure.chart svg').length"
                + " + ' sorted=' + table.tHead.rows[0].cells[13].dataset.dir; document.body.appendChild(pre); });"
                + "</script>";
        Path probed = page.resolveSibling("probed.html");
        Files.writeString(probed, Files.readString(page).replace("</body>", probe + "</body>"));
        try (RequestCounter proxy = new RequestCounter()) {
            long start = System.nanoTime();
            String dom = new HeadlessChromium(Files.createDirectories(folder.resolve("chromium-profile")),
                    proxy.port()).dumpDom(probed);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String marker = "<pre id=\"bench-probe\">";
            int at = dom.indexOf(marker);
            String result = at < 0 ? "NO PROBE OUTPUT (the page did not finish loading)"
                    : dom.substring(at + marker.length(), dom.indexOf("</pre>", at));
            System.out.printf(Locale.ROOT, "report.html render in headless Chromium: %,d ms (process start to DOM"
                    + " dump), %s, network requests %d%n", millis, result, proxy.requests().size());
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static long time(Action action) throws IOException {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
