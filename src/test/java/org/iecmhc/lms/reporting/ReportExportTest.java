package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.junit.jupiter.api.Test;

class ReportExportTest {

    private static final ReportTable TABLE = new ReportTable("Demografía", List.of("Raza/etnia", "Número", "Porcentaje"),
            List.of(List.of("Hispano o latino", "12", "40.0"), List.of("Asiático", "<5", ""), List.of("=cmd, \"quoted\"", "3", "10.5")));

    @Test
    void csvReadsBackCellForCell() {
        String text = new String(ReportExport.write(TABLE, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        List<Csv.Row> rows = Csv.read(text);
        assertEquals(List.of("Raza/etnia", "Número", "Porcentaje"), rows.get(0).fields());
        assertEquals(List.of("Asiático", "<5", ""), rows.get(2).fields());
        assertEquals(List.of("'=cmd, \"quoted\"", "3", "10.5"), rows.get(3).fields(), "a formula is defused");
    }

    @Test
    void excelHasNumbersAsNumbersAndTheRestAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExport.write(TABLE, ExportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Demografía", sheet.getSheetName());
            assertEquals("Número", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(12.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("<5", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }

    @Test
    void pdfTextHasTheTitleAndEveryCellOverAsManyPagesAsNeeded() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(List.of("Condado " + i, String.valueOf(i), "ñ"));
        }
        byte[] pdf = ReportExport.write(new ReportTable("Alcance por condado", List.of("Condado", "Llamadas", "Idioma"), rows),
                ExportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Alcance por condado"));
            assertTrue(text.contains("Condado 99"), "the last row is on the last page");
        }
        try (PDDocument document = Loader.loadPDF(ReportExport.write(TABLE, ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Hispano o latino"), text);
            assertTrue(text.contains("Asiático"), text);
        }
    }

    /** The impact table over every fiscal year that can hold data, in both languages: each name and header whole. */
    @Test
    void pdfPrintsEveryFigureNameAndEveryHeaderWhole() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            List<String> headers = new ArrayList<>(List.of(Messages.text(locale, "reports.figure")));
            FiscalYear last = new FiscalYear(2026);
            for (FiscalYear year = FiscalYear.FIRST; year.compareTo(last) <= 0; year = year.next()) {
                headers.add(year.name());
            }
            headers.add(Messages.text(locale, "reports.range", FiscalYear.FIRST.name(), last.name()));
            List<List<String>> rows = new ArrayList<>();
            for (ImpactFigure figure : ImpactFigure.values()) {
                List<String> row = new ArrayList<>(List.of(Messages.text(locale, figure.messageKey())));
                headers.subList(1, headers.size()).forEach(header -> row.add("1,000,000"));
                rows.add(row);
            }
            String text = pdfText(new ReportTable(Messages.text(locale, "reports.impact.title"), headers, rows));
            assertFalse(text.contains("…"), "nothing is cut: " + text);
            headers.forEach(header -> assertTrue(text.contains(header), locale + ": header " + header + " in " + text));
            rows.forEach(row -> assertTrue(text.contains(row.get(0)), locale + ": figure " + row.get(0) + " in " + text));
        }
    }

    @Test
    void aTableTooWideForThePageWrapsItsCellsInsteadOfCuttingThem() throws IOException {
        List<String> headers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            headers.add("A rather long column header number " + i);
            row.add("Community of Support unique participants " + i + " Supercalifragilisticexpialidocious" + i);
        }
        ReportTable wide = new ReportTable("Wide", headers, List.of(row, row));
        String text = pdfText(wide);
        assertFalse(text.contains("…"), text);
        StringBuilder everything = new StringBuilder(wide.title());
        headers.forEach(everything::append);
        wide.rows().forEach(cells -> cells.forEach(everything::append));
        assertEquals(everything.toString().replaceAll("\\s", "").length(), text.replaceAll("\\s", "").length(),
                "every character of every cell is printed, on as many lines as it takes: " + text);
    }

    private static String pdfText(ReportTable table) throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportExport.write(table, ExportFormat.PDF))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
