package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iecmhc.lms.platform.text.Csv;
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
}
