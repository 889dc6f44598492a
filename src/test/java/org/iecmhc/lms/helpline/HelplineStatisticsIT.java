package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Helpline staff read the statistics in Spanish, are told at the field when a period is impossible or reversed, and
 * download the tables and the call list as the page shows them.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class HelplineStatisticsIT {

    private static final String PERIOD = "from=2021-07-01&to=2026-12-31";
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void theStatisticsPageInSpanishRefusesBadDaysAtTheFieldAndDownloadsItsTablesInSpanish() {
        browser.signIn(DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-helpline-statistics");
        browser.waitForText(By.id("topic-heading"), "Llamadas por tema");
        browser.waitForText(By.id("hour-heading"), "Llamadas por hora del día");
        String allCsv = browser.waitFor(By.xpath("//*[@id='statistics:allCsv']/descendant-or-self::a"))
                .getAttribute("href");
        assertTrue(allCsv.contains("/helpline/statistics/export?from=") && allCsv.endsWith("&table=all&format=csv&lang=es"),
                allCsv);

        browser.typeDate("statistics:from", "2026-02-30");
        browser.click("statistics:show");
        assertEquals("Escriba una fecha real, como 2026-09-01.", browser.messageAt("statistics:from"));
        browser.typeDate("statistics:from", "2026-03-02");
        browser.typeDate("statistics:to", "2026-03-01");
        browser.click("statistics:show");
        assertEquals("El último día no puede ser anterior al primero.", browser.messageAt("statistics:to"));
        browser.useEnglish();
        browser.signOut();

        WebSession staff = WebSession.signedIn(DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        HttpResponse<byte[]> csv = staff.download("/helpline/statistics/export?" + PERIOD + "&table=role&format=csv&lang=es");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<Csv.Row> rows = Csv.read(new String(csv.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Persona que llama", "Llamadas"), rows.get(0).fields());
        assertEquals(List.of("Personal de un centro", "Proveedor de cuidado infantil familiar",
                "Cuidador familiar, amigo o vecino", "Otra persona"),
                rows.subList(1, rows.size()).stream().map(row -> row.field(0)).toList());
    }

    @Test
    void theDownloadsGiveExcelAndTheFilteredCallListAndRefuseBadAddresses() throws IOException {
        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        HttpResponse<byte[]> excel = admin.download("/helpline/statistics/export?" + PERIOD + "&table=all&format=xlsx&lang=en");
        assertEquals(200, excel.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertEquals(5, workbook.getNumberOfSheets());
            assertEquals("Calls by topic", workbook.getSheetName(0));
            assertEquals("Hour (California time)", workbook.getSheetAt(4).getRow(0).getCell(0).getStringCellValue());
            assertEquals(24, workbook.getSheetAt(4).getLastRowNum());
        }

        HttpResponse<byte[]> calls = admin.download("/helpline/calls/export?" + PERIOD + "&county=06019&lang=en");
        assertEquals(200, calls.statusCode());
        List<Csv.Row> rows = Csv.read(new String(calls.body(), StandardCharsets.UTF_8));
        assertEquals("Received (Pacific)", rows.get(0).field(0));
        assertTrue(rows.size() > 1 && rows.subList(1, rows.size()).stream().allMatch(row -> "Fresno".equals(row.field(3))),
                "Fresno's calls only");

        assertEquals(400, admin.download("/helpline/statistics/export?from=2026-03-02&to=2026-03-01&table=all&format=csv")
                .statusCode());
        assertEquals(400, admin.download("/helpline/statistics/export?table=all&format=doc").statusCode());
        assertEquals(400, admin.download("/helpline/statistics/export?table=children&format=csv").statusCode());
        assertEquals(400, admin.download("/helpline/calls/export?from=2026-02-30").statusCode());
        assertEquals(400, admin.download("/helpline/calls/export?recommended=maybe").statusCode());
    }
}
