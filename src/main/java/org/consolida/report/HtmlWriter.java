package org.consolida.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, inline SVG charts, a few lines of inline script for
 * sorting), rendered from a JMustache template so the markup lives in one readable resource.
 */
final class HtmlWriter {
    private static final String TEMPLATE = "report.html.mustache";
    private static final Template COMPILED = compile();

    private final int rowsPerTable;

    HtmlWriter() {
        this(HtmlView.ROWS_PER_TABLE);
    }

    /** @param rowsPerTable the most rows a table of the page shows (the workbook and plan.json have them all) */
    HtmlWriter(int rowsPerTable) {
        this.rowsPerTable = rowsPerTable;
    }

    void write(ReportModel model, String runId, Writer out) {
        COMPILED.execute(HtmlView.of(model, runId, rowsPerTable), out);
    }

    private static Template compile() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the report template " + TEMPLATE + " is missing from the jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                // Every {{value}}: control characters made visible (a raw NUL or ESC from an id must not reach the
                // page), then HTML-escaped. The charts ({{{chart}}}) are escaped where they are drawn.
                Mustache.Escaper escaper = text -> Escapers.HTML.escape(ControlCharacters.visible(text));
                return Mustache.compiler().nullValue("").withEscaper(escaper).compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template " + TEMPLATE, e);
        }
    }
}
