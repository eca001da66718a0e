package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
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
        ReportModel withNotes = new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), sample.placements(), sample.unplaced(),
                sample.hosts(), sample.racks(), sample.migrations(), sample.findings(), sample.simulation(),
                sample.scoreAnalysis(), new ReportModel.Comparison("1.2 × the lower bound", List.of(), List.of()),
                List.of("x.xlsx: vHost: warning: assumed: rack unassigned-1"));

        String html = render(withNotes);

        assertThat(html).contains("Energy of the plan: 1.2 × the lower bound.")
                .contains("<li>x.xlsx: vHost: warning: assumed: rack unassigned-1</li>");
        assertThat(render(sample)).doesNotContain("Energy of the plan").doesNotContain("reader warned");
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

    private static String render(ReportModel model) {
        StringWriter out = new StringWriter();
        new HtmlWriter().write(model, "20261130T120000Z-0123abcd", out);
        return out.toString();
    }
}
