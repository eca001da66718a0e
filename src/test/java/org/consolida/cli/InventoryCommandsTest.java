package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.io.Column;
import org.consolida.io.ColumnType;
import org.consolida.io.InventorySchema;
import org.consolida.io.SheetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** template, validate and convert as a user runs them. */
class InventoryCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aFreshTemplateValidates() {
        Path template = dir.resolve("t.xlsx");

        CliRun written = CliRun.of("template", template.toString());
        CliRun validated = CliRun.of("validate", template.toString());

        assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(validated.exitCode()).as(validated.err()).isEqualTo(ExitCode.OK);
        assertThat(validated.err()).isEmpty();
        assertThat(validated.out()).contains("1 sites, 1 racks, 1 hosts, 2 workloads").contains("valid");
    }

    @Test
    void theTemplateHasInstructionsFrozenHeadersAndADropDownForEveryEnumeratedColumn() throws IOException {
        Path template = dir.resolve("t.xlsx");
        CliRun.of("template", template.toString());

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            XSSFSheet instructions = workbook.getSheet("Instructions");
            for (SheetSpec spec : InventorySchema.SHEETS) {
                XSSFSheet sheet = workbook.getSheet(spec.name());
                assertThat(sheet).as(spec.name()).isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(spec.name()).isEqualTo((short) 1);
                assertThat(sheet.getLastRowNum()).as(spec.name() + " example rows").isGreaterThanOrEqualTo(1);
                for (Column column : spec.columns()) {
                    assertThat(instructionsMention(instructions, spec.name(), column.name()))
                            .as(spec.name() + "." + column.name() + " in Instructions").isTrue();
                    if (column.type() == ColumnType.ENUMERATION || column.type() == ColumnType.YES_NO) {
                        int index = spec.indexOf(column.name());
                        assertThat(sheet.getDataValidations()).as(spec.name() + "." + column.name())
                                .anySatisfy(v -> assertDropDown(v, index, column));
                    }
                }
            }
        }
    }

    private static boolean instructionsMention(XSSFSheet instructions, String sheet, String column) {
        for (var row : instructions) {
            if (row.getCell(0) != null && row.getCell(1) != null
                    && row.getCell(0).getStringCellValue().equals(sheet)
                    && row.getCell(1).getStringCellValue().equals(column)) {
                return true;
            }
        }
        return false;
    }

    private static void assertDropDown(DataValidation validation, int column, Column spec) {
        assertThat(validation.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(column);
        assertThat(validation.getValidationConstraint().getExplicitListValues())
                .containsExactlyElementsOf(spec.allowed());
    }

    @Test
    void validateJsonPrintsTheCounts() throws IOException {
        Path template = dir.resolve("t.xlsx");
        CliRun.of("template", template.toString());

        CliRun run = CliRun.of("validate", template.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("sites").asInt()).isEqualTo(1);
        assertThat(summary.get("racks").asInt()).isEqualTo(1);
        assertThat(summary.get("hosts").asInt()).isEqualTo(1);
        assertThat(summary.get("workloads").asInt()).isEqualTo(2);
    }

    @Test
    void validatePrintsWarningsLocationFirstAndStillSucceeds() throws IOException {
        Path file = org.consolida.io.excel.MinimalWorkbook.valid().set("Hosts", 2, "state", "maintenance")
                .write(dir.resolve("m.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines()).containsExactly(file + ": Hosts!A2: warning: host \"esx-01\" is maintenance "
                + "but 2 workloads run on it today (first: web-01)");
    }

    @Test
    void validateOfAMissingFileExitsTwo() {
        Path missing = dir.resolve("nope.xlsx");

        CliRun run = CliRun.of("validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(missing + ": no such file");
    }

    @Test
    void convertRefusesAnUnknownOutputFormatAndWritesNothing() {
        Path template = dir.resolve("t.xlsx");
        CliRun.of("template", template.toString());
        Path csv = dir.resolve("out.csv");

        CliRun run = CliRun.of("convert", template.toString(), csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(csv + ": cannot write this kind of file; name it .xlsx or .json");
        assertThat(csv).doesNotExist();
    }

    @Test
    void templateRefusesANameThatIsNotXlsx() {
        CliRun run = CliRun.of("template", dir.resolve("t.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(dir.resolve("t.json")).doesNotExist();
    }

    @Test
    void eachCommandHasHelp() {
        for (String command : new String[] {"template", "validate", "convert"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.OK);
            assertThat(run.out()).as(command).contains("Usage: consolida " + command);
        }
    }
}
