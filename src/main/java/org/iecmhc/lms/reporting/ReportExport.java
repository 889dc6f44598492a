package org.iecmhc.lms.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iecmhc.lms.platform.text.Csv;

/** Writes any report table as CSV, Excel or PDF, so that every report offers the same three downloads. */
public final class ReportExport {

    private static final int EXCEL_CHARACTER = 256;
    private static final int EXCEL_WIDEST = 80;

    private ReportExport() {
    }

    public static byte[] write(ReportTable table, ExportFormat format) {
        return switch (format) {
            case CSV -> csv(table);
            case XLSX -> excel(table);
            case PDF -> ReportPdf.write(table);
        };
    }

    /** UTF-8 with a byte order mark so that spreadsheets read the accents of Spanish right. */
    static byte[] csv(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.appendLine(csv, table.headers());
        table.rows().forEach(row -> Csv.appendLine(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Figures are written as numbers so that a spreadsheet can add them up; "<5" and blanks stay text. */
    static byte[] excel(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = table.rows().get(r);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (value.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(i).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.setColumnWidth(i, EXCEL_CHARACTER * Math.min(EXCEL_WIDEST, widest(table, i) + 2));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the longest text, because POI's autoSizeColumn loads the desktop fonts and takes seconds. */
    private static int widest(ReportTable table, int column) {
        int widest = table.headers().get(column).length();
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, column < row.size() ? row.get(column).length() : 0);
        }
        return widest;
    }
}
