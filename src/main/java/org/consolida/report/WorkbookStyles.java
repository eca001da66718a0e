package org.consolida.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, made once: a workbook holds at most 64,000 styles and each costs file size. */
final class WorkbookStyles {
    private final XSSFWorkbook workbook;
    private final XSSFCellStyle header;
    private final XSSFCellStyle title;
    private final XSSFCellStyle label;
    private final XSSFCellStyle integer;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle percent;
    private final XSSFCellStyle ratio;
    private final Map<String, XSSFCellStyle> severities = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(rgb(0xDD, 0xE6, 0xF0));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        integer = numberStyle("#,##0");
        decimal = numberStyle("#,##0.0");
        percent = numberStyle("0.0%");
        ratio = numberStyle("0.000");
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle title() {
        return title;
    }

    XSSFCellStyle label() {
        return label;
    }

    XSSFCellStyle integer() {
        return integer;
    }

    XSSFCellStyle decimal() {
        return decimal;
    }

    XSSFCellStyle percent() {
        return percent;
    }

    XSSFCellStyle ratio() {
        return ratio;
    }

    /** A filled cell in the severity's colour: red for critical, amber for warnings, blue for information. */
    CellStyle severity(String severity) {
        return severities.computeIfAbsent(Severities.level(severity), level -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            switch (level) {
                case "danger" -> {
                    style.setFillForegroundColor(rgb(0xC6, 0x28, 0x28));
                    font.setColor(IndexedColors.WHITE.getIndex());
                }
                case "warning" -> style.setFillForegroundColor(rgb(0xFF, 0xC1, 0x07));
                case "info" -> style.setFillForegroundColor(rgb(0xBB, 0xDE, 0xFB));
                default -> style.setFillForegroundColor(rgb(0xE0, 0xE0, 0xE0));
            }
            style.setFont(font);
            return style;
        });
    }

    private XSSFCellStyle numberStyle(String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }
}
