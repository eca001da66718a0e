package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    private static final Pattern RESOURCE = Pattern.compile(
            "(?i)(?:src|href|xlink:href|action|poster|srcset)\\s*=\\s*[\"']?([^\"'\\s>]+)|url\\(\\s*['\"]?([^'\")]+)|@import");

    @Test
    void pageReferencesNoResourceOutsideItself() {
        String html = render(ReportFixtures.sample());

        List<String> references = new ArrayList<>();
        Matcher matcher = RESOURCE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group());
        }
        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(reference).as("only references inside the page")
                        .matches("(?i)href=\"#[a-z-]+|url\\(#[a-z0-9-]+"));
        assertThat(html).doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)<script[^>]*\\ssrc")
                .doesNotContainPattern("(?i)<img\\b").doesNotContainPattern("(?i)<iframe\\b");
        // The only URLs left are SVG's namespace names, which a browser never fetches.
        assertThat(html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "")
                .replace("http://www.jfree.org/jfreesvg/svg", ""))
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void drawsEveryChartAsInlineSvgWithUniqueIds() {
        String html = render(ReportFixtures.sample());

        List<String> ids = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg[^>]*\\sid='([^']+)'").matcher(html);
        while (svg.find()) {
            ids.add(svg.group(1));
        }
        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        assertThat(html).contains("<rect").contains("viewBox='0.0 0.0 640.0 340.0'");
    }

    @Test
    void hasEverySectionOfTheWorkbook() {
        String html = render(ReportFixtures.sample());

        for (String section : List.of("summary", "hosts", "racks", "placement", "migrations", "findings",
                "simulation", "score")) {
            assertThat(html).contains("<section id=\"" + section + "\">");
        }
        ReportModel model = ReportFixtures.sample();
        assertThat(html).contains(model.placements().get(0).workload())
                .contains(model.hosts().get(model.hosts().size() - 1).host())
                .contains(model.findings().get(0).recommendation())
                .contains(model.simulation().afterWorkloads().get(0).workload());
    }

    @Test
    void showsTheEnergyComparisonAndTheReadersWarnings() {
        ReportModel sample = ReportFixtures.sample();
        ReportModel withNotes = sample.toBuilder()
                .comparison(new ReportModel.Comparison("1.2 × the lower bound", List.of(), List.of()))
                .warnings(List.of("x.xlsx: vHost: warning: assumed: rack unassigned-1"))
                .rightSizing(new RightSizingSummary(1, 3, 10, List.of(new RightSizingSummary.Suggestion("web01", 4, 1, 16, 6))))
                .build();

        String html = render(withNotes);

        assertThat(html).contains("Energy of the plan: 1.2 × the lower bound.")
                .contains("<li>x.xlsx: vHost: warning: assumed: rack unassigned-1</li>")
                .contains("Right-sizing: right-sizing 1 workload to their measured use would free 3 vCPUs and 10.0 GiB"
                        + " of memory.");
        assertThat(render(sample)).doesNotContain("Energy of the plan").doesNotContain("reader warned")
                .doesNotContain("Right-sizing");
    }

    @Test
    void escapesMarkupFromTheInventory() {
        String html = render(ReportFixtures.withMarkupInNames());

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=");
    }

    @Test
    void hasAPrintStylesheetAndSortableTables() {
        String html = render(ReportFixtures.sample());

        assertThat(html).contains("@media print").contains("table class=\"sortable\"")
                .contains("addEventListener(\"click\"");
    }

    @Test
    void everyTableFitsThePageWhenItIsShortWithoutANote() {
        String html = render(ReportFixtures.sample());

        ReportModel model = ReportFixtures.sample();
        assertThat(rows(html, "placement")).hasSize(model.placements().size());
        assertThat(rows(html, "hosts")).hasSize(model.hosts().size());
        assertThat(html).doesNotContain("class=\"excerpt\"");
    }

    @Test
    void aLongTableShowsItsMostImportantRowsAndSaysWhichAndWhereTheRestAre() {
        ReportModel model = ReportFixtures.sample();
        StringWriter out = new StringWriter();
        new HtmlWriter(10).write(model, "20261130T120000Z-0123abcd", out);
        String html = out.toString();

        List<String> placements = rows(html, "placement");
        assertThat(placements).hasSize(10).allSatisfy(row -> assertThat(row).contains("moved-yes"));
        List<String> firstMoved = model.placements().stream().filter(PlacementRow::moved).limit(10)
                .map(PlacementRow::workload).toList();
        for (int i = 0; i < 10; i++) {
            assertThat(placements.get(i)).contains("<td>" + firstMoved.get(i) + "</td>");
        }
        assertThat(html).contains("To keep this page light, this table shows the first 10 moved workloads, in"
                + " inventory order; all " + model.placements().size() + " are in plan.xlsx (sheet Placement) and"
                + " plan.json (placements).");

        List<String> busiest = model.hosts().stream().sorted(Comparator.comparingDouble(
                (HostRow host) -> -Math.max(host.after().cpu(), host.after().memory()))).limit(10)
                .map(HostRow::host).toList();
        assertThat(rows(html, "hosts")).hasSize(10).allSatisfy(row -> assertThat(busiest)
                .anyMatch(host -> row.startsWith("<tr><td>" + host + "</td>")));
        assertThat(html).contains("this table shows the 10 busiest hosts after the plan");

        double tenthLongest = model.migrations().stream().flatMap(wave -> wave.moves().stream())
                .mapToDouble(MigrationRow::downtimeMillis).boxed().sorted(Comparator.reverseOrder())
                .skip(9).findFirst().orElseThrow();
        List<String> moves = rows(html, "migrations");
        assertThat(moves).hasSize(10).allSatisfy(row -> assertThat(downtime(row)).isGreaterThanOrEqualTo(tenthLongest));
        assertThat(html).contains("this table shows the 10 moves with the longest downtime");

        List<String> findings = rows(html, "findings");
        List<FindingRow> mostSevere = Reports.mostSevereFirst(model.findings()).subList(0, 10);
        assertThat(findings).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(findings.get(i)).contains(">" + mostSevere.get(i).severity() + "</span>")
                    .contains("<td>" + mostSevere.get(i).ruleId() + "</td>");
        }
        assertThat(html).contains("this table shows the 10 most severe findings");
        assertThat(html).contains("this table shows the 10 workloads with the lowest delivered throughput");
    }

    @Test
    void thePageOfALargePlanStaysLightWhileEveryRowStaysInTheOtherReports() {
        ReportModel large = org.consolida.bench.SyntheticReports.model("large", 2_000, 30_000, 5);

        String html = render(large);

        assertThat(html.length()).as("page characters").isLessThan(4_000_000);
        for (String section : List.of("placement", "hosts", "racks", "migrations", "findings", "simulation")) {
            assertThat(rows(html, section).size()).as(section).isLessThanOrEqualTo(2 * HtmlView.ROWS_PER_TABLE);
        }
        assertThat(html).contains("all 29,998 are in plan.xlsx (sheet Placement)");
    }

    /** The body rows of the first table in one section of the page. */
    private static List<String> rows(String html, String section) {
        int start = html.indexOf("<section id=\"" + section + "\">");
        int end = html.indexOf("</table>", start);
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td.*?</tr>").matcher(html.substring(start, end));
        while (row.find()) {
            rows.add(row.group());
        }
        return rows;
    }

    private static double downtime(String row) {
        Matcher values = Pattern.compile("data-v=\"([^\"]*)\"").matcher(row);
        String last = null;
        while (values.find()) {
            last = values.group(1);
        }
        return Double.parseDouble(last);
    }

    private static String render(ReportModel model) {
        StringWriter out = new StringWriter();
        new HtmlWriter().write(model, "20261130T120000Z-0123abcd", out);
        return out.toString();
    }
}
