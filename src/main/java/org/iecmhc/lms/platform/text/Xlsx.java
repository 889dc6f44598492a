package org.iecmhc.lms.platform.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes tables as an Excel workbook, one sheet each, so that every feature's Excel download looks the same. */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int EXCEL_CHARACTER = 256;
    private static final int EXCEL_WIDEST = 80;

    private Xlsx() {
    }

    /** A sheet: its title (made safe for Excel), a bold header row and the rows of text. */
    public record Sheet(String title, List<String> headers, List<List<String>> rows) {
    }

    /** Figures are written as numbers so that a spreadsheet can add them up; "<5" and blanks stay text. */
    public static byte[] write(List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Sheet table : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet =
                        workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
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
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the longest text, because POI's autoSizeColumn loads the desktop fonts and takes seconds. */
    private static int widest(Sheet table, int column) {
        int widest = table.headers().get(column).length();
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, column < row.size() ? row.get(column).length() : 0);
        }
        return widest;
    }
}
