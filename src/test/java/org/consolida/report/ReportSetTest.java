package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three reports of one run as a set: one run id, modes from the umask, no raw control character, no stray file. */
class ReportSetTest {
    /** {@link ReportFixtures#HOSTILE_ID} as every report shows it. */
    private static final String HOSTILE_SHOWN = "vm-\\u0000-\\u001B[31mred\\u001B[0m-\\u0007-\\u007F-_x0041_-end";

    @TempDir
    Path folder;

    @Test
    void theThreeReportsCarryTheRunIdOfTheirRunAndEachRunHasItsOwn() throws IOException {
        ReportFiles first = ReportWriter.writeAll(ReportFixtures.sample(), folder);
        Map<String, String> firstIds = RunIds.of(folder);
        ReportFiles second = ReportWriter.writeAll(ReportFixtures.sample(), folder);

        assertThat(firstIds).containsOnlyKeys(ReportWriter.JSON, ReportWriter.PAGE, ReportWriter.WORKBOOK)
                .allSatisfy((file, id) -> assertThat(id).as(file).isEqualTo(first.runId()));
        assertThat(RunIds.of(folder)).allSatisfy((file, id) -> assertThat(id).as(file).isEqualTo(second.runId()));
        assertThat(second.runId()).isNotEqualTo(first.runId()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
        assertThat(Files.readString(second.page())).contains("run <b class=\"run\">" + second.runId() + "</b>");
    }

    @Test
    void controlCharactersFromIdsAreEscapedInEveryReport() throws IOException {
        ReportFiles files = ReportWriter.writeAll(ReportFixtures.withHostileIds(), folder);

        String html = Files.readString(files.page());
        assertThat(html).contains("<td>" + HOSTILE_SHOWN + "</td>");
        assertNoControlCharacters("report.html", Files.readAllBytes(files.page()));
        // JSON must escape C0 controls (Jackson does); DEL is valid JSON and Jackson keeps it.
        assertNoControlCharacters("plan.json", new String(Files.readAllBytes(files.json()), StandardCharsets.UTF_8)
                .replace("\u007F", "").getBytes(StandardCharsets.UTF_8));
        try (ZipFile zip = new ZipFile(files.workbook().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    assertNoControlCharacters("plan.xlsx " + entry.getName(), in.readAllBytes());
                }
            }
        }
        List<String> placed = new ArrayList<>();
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Placement")) {
                placed.add(row.getCell(0).getStringCellValue());
            }
        }
        // POI alone would have written "vm-?-?[31mred..." and Excel would read _x0041_ as "A".
        assertThat(placed).contains(HOSTILE_SHOWN);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.json().toFile())
                .get("placements").findValuesAsText("workload")).contains(ReportFixtures.HOSTILE_ID);
    }

    @Test
    void reportsFollowTheUmaskLikeAnyNewFile() throws IOException {
        ReportFiles files = ReportWriter.writeAll(ReportFixtures.sample(), folder.resolve("out"));

        Path plain = Files.createFile(folder.resolve("plain"));
        for (Path report : List.of(files.json(), files.workbook(), files.page())) {
            assertThat(Files.getPosixFilePermissions(report)).as(report.toString())
                    .isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void poiTemporaryFilesStayInTheRunsFolderEvenWithWorkbooksWrittenInParallel() throws Exception {
        List<String> global = Collections.synchronizedList(new ArrayList<>());
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                global.add(prefix + suffix);
                return new DefaultTempFileCreationStrategy().createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                global.add(prefix);
                return new DefaultTempFileCreationStrategy().createTempDirectory(prefix);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ReportFiles>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Path out = folder.resolve("scenario-" + i);
                runs.add(pool.submit(() -> ReportWriter.writeAll(ReportFixtures.sample(), out)));
            }
            for (Future<ReportFiles> run : runs) {
                assertThat(run.get(120, TimeUnit.SECONDS).workbook()).isNotEmptyFile();
            }
        } finally {
            pool.shutdownNow();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(global).as("temporary files made through the JVM-wide strategy").isEmpty();
        for (int i = 0; i < 3; i++) {
            try (var listed = Files.list(folder.resolve("scenario-" + i))) {
                assertThat(listed.map(path -> path.getFileName().toString()))
                        .containsExactlyInAnyOrder("plan.xlsx", "report.html", "plan.json", ".consolida.lock");
            }
        }
    }

    private static void assertNoControlCharacters(String what, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                throw new AssertionError(what + " holds the raw control character " + (int) c + " at byte " + i
                        + ": ..." + text.substring(Math.max(0, i - 40), i).replaceAll("\\p{Cntrl}", "?") + "...");
            }
        }
    }
}
