package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.consolida.bench.HeadlessChromium;
import org.consolida.bench.RequestCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written {@code report.html} in headless Chromium. A probe added to a copy of the page counts console
 * errors from the first line on and measures the charts once the page has loaded; a loopback proxy sees any network
 * request the browser tries.
 */
class BrowserReportTest {
    /** Runs first in the page: counts errors (script errors, failed resources, console.error). */
    private static final String ERROR_HOOK = """
            <script>
            window.__errors = [];
            window.addEventListener("error", function (e) {
              window.__errors.push(e.message || ("failed to load " + (e.target && (e.target.src || e.target.href))));
            }, true);
            (function () { var original = console.error;
              console.error = function () { window.__errors.push(Array.prototype.join.call(arguments, " "));
                return original.apply(console, arguments); }; })();
            </script>
            """;
    /** Runs after load: writes what the test checks into the DOM, where --dump-dom shows it. */
    private static final String PROBE = """
            <script>
            window.addEventListener("load", function () {
              var charts = Array.prototype.map.call(document.querySelectorAll("figure.chart svg"), function (svg) {
                var box = svg.getBoundingClientRect(); return {width: box.width, height: box.height}; });
              var resources = performance.getEntriesByType("resource").map(function (r) { return r.name; });
              // Sort the hosts by planned power (one click: ascending) and read the order back.
              var hosts = document.querySelector("#hosts table.sortable");
              var header = Array.prototype.find.call(hosts.tHead.rows[0].cells,
                  function (th) { return th.textContent.indexOf("Planned power") === 0; });
              header.click();
              var sortedPower = Array.prototype.map.call(hosts.tBodies[0].rows,
                  function (row) { return parseFloat(row.cells[header.cellIndex].dataset.v); });
              var pre = document.createElement("pre"); pre.id = "consolida-probe";
              pre.textContent = JSON.stringify({errors: window.__errors, charts: charts, resources: resources,
                  sortedPower: sortedPower,
                  excerptNotes: document.querySelectorAll("p.excerpt").length,
                  sections: document.querySelectorAll("main section").length});
              document.body.appendChild(pre);
            });
            </script>
            """;
    private static final Pattern PROBE_OUTPUT = Pattern.compile("<pre id=\"consolida-probe\">(.*?)</pre>",
            Pattern.DOTALL);

    @TempDir
    static Path folder;
    static ReportFiles files;

    @BeforeAll
    static void writeTheSampleReport() throws Exception {
        files = ReportWriter.writeAll(ReportFixtures.sample(), folder.resolve("out"));
    }

    @Test
    void pageLoadsWithoutNetworkRequestsOrConsoleErrorsAndDrawsEveryChart() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium is not installed at " + HeadlessChromium.BINARY);
        String html = Files.readString(files.page());

        JsonNode probe = probe(files.page(), "profile");

        assertThat(probe.get("errors")).as("console errors").isEmpty();
        assertThat(probe.get("resources")).as("resources fetched by the page").isEmpty();
        assertThat(probe.get("sections").asInt()).isEqualTo(8);
        assertThat(probe.get("excerptNotes").asInt()).isZero();
        assertThat(sortedPower(probe)).as("hosts after a click on Planned power").hasSize(36).isSorted();
        int svgInFile = html.split("<svg", -1).length - 1;
        assertThat(probe.get("charts")).hasSize(svgInFile).hasSizeGreaterThanOrEqualTo(6);
        for (JsonNode chart : probe.get("charts")) {
            assertThat(chart.get("width").asDouble()).as("chart width").isGreaterThan(100);
            assertThat(chart.get("height").asDouble()).as("chart height").isGreaterThan(50);
        }
    }

    @Test
    void aPageWhoseTablesAreShortenedLoadsSortsAndShowsItsNotes() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium is not installed at " + HeadlessChromium.BINARY);
        Path page = folder.resolve("shortened.html");
        try (java.io.Writer out = Files.newBufferedWriter(page)) {
            new HtmlWriter(10).write(ReportFixtures.sample(), "20261130T120000Z-0123abcd", out);
        }

        JsonNode probe = probe(page, "profile-shortened");

        assertThat(probe.get("errors")).as("console errors").isEmpty();
        assertThat(probe.get("resources")).as("resources fetched by the page").isEmpty();
        // Placements, hosts, moves, findings and simulated workloads exceed 10 rows; racks and scenarios do not.
        assertThat(probe.get("excerptNotes").asInt()).as("notes under the shortened tables").isEqualTo(5);
        assertThat(sortedPower(probe)).as("the 10 hosts shown, after a click on Planned power").hasSize(10)
                .isSorted();
    }

    /** Loads a copy of {@code page} with the probe in it, behind the request counter; returns what the probe saw. */
    private static JsonNode probe(Path page, String profile) throws Exception {
        Path probed = page.resolveSibling("probed-" + page.getFileName());
        Files.writeString(probed, Files.readString(page)
                .replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(ERROR_HOOK))
                .replace("</body>", PROBE + "</body>"));
        try (RequestCounter proxy = new RequestCounter()) {
            String dom = new HeadlessChromium(Files.createDirectories(folder.resolve(profile)), proxy.port())
                    .dumpDom(probed);
            Matcher matcher = PROBE_OUTPUT.matcher(dom);
            assertThat(matcher.find()).as("the probe ran after load; DOM was:%n%s",
                    dom.substring(0, Math.min(500, dom.length()))).isTrue();
            assertThat(proxy.requests()).as("network requests").isEmpty();
            return new ObjectMapper().readTree(matcher.group(1)
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
    }

    private static List<Double> sortedPower(JsonNode probe) {
        List<Double> sortedPower = new ArrayList<>();
        probe.get("sortedPower").forEach(value -> sortedPower.add(value.asDouble()));
        return sortedPower;
    }

    @Test
    void theRequestCounterSeesARequestAPageMakes() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium is not installed at " + HeadlessChromium.BINARY);
        Path page = folder.resolve("fetching.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://fonts.example.invalid/logo.png\"></body></html>");

        try (RequestCounter proxy = new RequestCounter()) {
            new HeadlessChromium(Files.createDirectories(folder.resolve("profile-fetch")), proxy.port()).dumpDom(page);

            assertThat(proxy.requests()).anyMatch(request -> request.contains("fonts.example.invalid"));
        }
    }

    @Test
    void screenshotOfTheSampleReportShowsAPage() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium is not installed at " + HeadlessChromium.BINARY);
        Path png = Path.of("target", "report.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        try (RequestCounter proxy = new RequestCounter()) {
            new HeadlessChromium(Files.createDirectories(folder.resolve("profile-shot")), proxy.port())
                    .screenshot(files.page(), png, 1280, 2000);
            assertThat(proxy.requests()).as("network requests").isEmpty();
        }
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        // The header band is dark and the page below it light: the page rendered, not a blank or error screen.
        assertThat(brightness(image.getRGB(640, 10))).isLessThan(100);
        assertThat(brightness(image.getRGB(5, 1200))).isGreaterThan(200);
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}
