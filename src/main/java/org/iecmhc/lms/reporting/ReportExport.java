package org.iecmhc.lms.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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

    private static final float MARGIN = 40;
    private static final float TITLE_SIZE = 14;
    private static final float TEXT_SIZE = 9;
    private static final float LINE = 14;
    private static final int CELL_PADDING = 4;
    private static final int EXCEL_CHARACTER = 256;
    private static final int EXCEL_WIDEST = 80;

    private ReportExport() {
    }

    public static byte[] write(ReportTable table, ExportFormat format) {
        return switch (format) {
            case CSV -> csv(table);
            case XLSX -> excel(table);
            case PDF -> pdf(table);
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

    /** A landscape page per as many rows as fit, the title on the first, columns of equal width. */
    static byte[] pdf(ReportTable table) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDRectangle size = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
            float columnWidth = (size.getWidth() - 2 * MARGIN) / Math.max(1, table.headers().size());
            int next = 0;
            boolean first = true;
            do {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = size.getHeight() - MARGIN;
                    if (first) {
                        text(content, bold, TITLE_SIZE, MARGIN, y, table.title(), size.getWidth() - 2 * MARGIN);
                        y -= 2 * LINE;
                        first = false;
                    }
                    row(content, bold, table.headers(), y, columnWidth);
                    y -= LINE;
                    while (next < table.rows().size() && y > MARGIN) {
                        row(content, regular, table.rows().get(next++), y, columnWidth);
                        y -= LINE;
                    }
                }
            } while (next < table.rows().size());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(PDPageContentStream content, PDFont font, List<String> cells, float y, float columnWidth)
            throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            text(content, font, TEXT_SIZE, MARGIN + i * columnWidth, y, cells.get(i), columnWidth - CELL_PADDING);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float fontSize, float x, float y, String text,
                             float width) throws IOException {
        String shown = fitting(font, fontSize, printable(font, text), width);
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, y);
        content.showText(shown);
        content.endText();
    }

    /** Cut with an ellipsis where a cell is wider than its column, rather than running into the next. */
    private static String fitting(PDFont font, float fontSize, String text, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * fontSize <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "…") / 1000 * fontSize > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The standard PDF fonts cover Western European text; anything else becomes a question mark. */
    private static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
