package org.consolida.io.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.inventory.InvalidInputException;
import org.consolida.io.ReadLimits;
import org.consolida.io.hostile.ZipParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged inside the zip: POI's zip-bomb protection stays on, and broken sheet XML is one clear message,
 * not an internal error.
 */
class DamagedWorkbookTest {
    @TempDir
    Path dir;

    /** A valid workbook whose first sheet's XML has had {@code target} replaced. */
    private Path damaged(String name, String target, String replacement) throws IOException {
        Path valid = MinimalWorkbook.valid().write(dir.resolve("valid.xlsx"));
        return ZipParts.rewrite(valid, dir.resolve(name), "xl/worksheets/sheet1.xml", xml -> {
            assertThat(xml).contains(target);
            return xml.replace(target, replacement);
        });
    }

    @Test
    void brokenSheetXmlIsInvalidInputNotAnInternalError() throws IOException {
        Path file = damaged("broken-xml.xlsx", "<row r=\"2\"", "<row r=\"two\"");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": Sites: the sheet's XML has a broken row number \"two\"; "
                + "open the workbook in Excel and save it again as .xlsx");
    }

    @Test
    void anXmlSyntaxErrorNamesItsSheetAndLine() throws IOException {
        Path file = damaged("bad-tag.xlsx", "<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\"></row>");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(file + ": Sites: the sheet's XML is broken at line 2, column");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSheetOfHarmlessWhiteSpaceIsReadHoweverWellItCompresses() throws IOException {
        // 20 MiB of spaces inflate at 1000:1, which POI's ratio check refused; the absolute limits make it harmless.
        Path file = damaged("spaces.xlsx", "<sheetData>", "<sheetData>" + " ".repeat(20 * 1024 * 1024));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aSheetBeyondThePartLimitIsRefusedWithItsName() throws IOException {
        Path file = damaged("big.xlsx", "<sheetData>", "<sheetData>" + " ".repeat(3 * 1024 * 1024));

        Throwable thrown = catchThrowable(() -> ExcelInventoryReader.read(file, "big",
                ReadLimits.defaults().withMaxPartBytes(1 << 20)));

        assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessage(file + ": Sites: the sheet's XML "
                + "inflates to 3 MiB, beyond the limit of 1 MiB for one part of a workbook; no real inventory comes near "
                + "this (if this one is genuine, raise -Dconsolida.maxPartMib)");
    }
}
