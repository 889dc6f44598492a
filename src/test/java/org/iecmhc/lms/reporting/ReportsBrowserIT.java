package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.SignedIn;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator reads the reports in English and Spanish, and downloads them in every format. */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
@SignedIn(DemoPerson.ADMIN)
class ReportsBrowserIT {

    private static final By FIRST_FIGURE = By.cssSelector("[id='figures_data'] > tr:first-child .report-definition");

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void theDashboardShowsEveryFigureWithItsDefinitionTheChartsAndTheMap() {
        browser.useEnglish();
        browser.click("nav-reports");
        browser.waitForText(By.tagName("h1"), "Impact dashboard");
        WebElement calls = browser.waitFor(FIRST_FIGURE);
        assertEquals("Helpline calls", calls.getText());
        assertTrue(calls.getAttribute("title").startsWith("Calls to the helpline received"), "the definition on hover");
        assertEquals(ImpactFigure.values().length,
                browser.driver().findElements(By.cssSelector("[id='figures_data'] > tr")).size(), "every figure");
        assertEquals("Webinar attendees", browser.text(By.cssSelector("[id='figures_data'] > tr:nth-child("
                + (ImpactFigure.WEBINAR_ATTENDEES.ordinal() + 1) + ") .report-definition")));
        assertTrue(browser.isPresent(By.cssSelector("[id='yearChart'] canvas")));
        assertTrue(browser.isPresent(By.cssSelector("[id='languageChart'] canvas")));
        assertEquals(58, browser.driver().findElements(By.cssSelector("svg.county-map path")).size());
        theLegendShowsTheMapsShades();
        assertEquals("Alameda", browser.text(By.cssSelector("[id='reach:reachTable_data'] > tr:first-child > td:first-child")));
        assertTrue(browser.text(By.id("freshness:asOf")).matches("Figures as of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d PT\\. .*"),
                browser.text(By.id("freshness:asOf")));
        assertEquals("Refresh figures", browser.text(By.id("freshness:refresh")));

        browser.choose("range:from", "2024-2025");
        browser.choose("range:to", "2022-2023");
        browser.click("range:show");
        assertEquals("The first fiscal year must not come after the last one.", browser.messageAt("range:from"));
    }

    /**
     * The dashboard shows a range's figures as computed a few minutes before, so an Open-Door attendance entered since
     * counts only once the administrator refreshes them. The next fiscal year's range, which the demo data leaves
     * alone, keeps other tests' records out of the count.
     */
    @Test
    void theDashboardsFiguresCountARecordEnteredSinceOnceRefreshed() throws Exception {
        FiscalYear next = FiscalYear.current(Clock.systemUTC()).next();
        String range = "/reporting/impact.xhtml?from=" + next.name() + "&to=" + next.name();
        By providers = By.cssSelector("[id='figures_data'] > tr:nth-child(" + (ImpactFigure.OPEN_DOOR_UNIQUE_PROVIDERS.ordinal() + 1)
                + ") > td:last-child");
        browser.useEnglish();
        browser.open(range);
        long before = Long.parseLong(browser.waitFor(providers).getText());
        Attendance attendance = Attendance.of("Refreshed", next.firstDay(), null);
        try {
            browser.open(range);
            assertEquals(String.valueOf(before), browser.waitFor(providers).getText(), "the figures as computed before");
            browser.clickAndAwaitUpdate("freshness:refresh");
            browser.until(ExpectedConditions.textToBe(providers, String.valueOf(before + 1)));
            browser.open(range);
            assertEquals(String.valueOf(before + 1), browser.waitFor(providers).getText(), "the refreshed figures for everyone");
        } finally {
            attendance.delete();
        }
    }

    /** Each legend box has the colour of the counties of its shade, and no two boxes look alike (they were all white). */
    private static void theLegendShowsTheMapsShades() {
        List<String> boxes = new ArrayList<>();
        for (int shade = 0; shade <= 4; shade++) {
            String box = colour(browser.waitFor(By.cssSelector(".report-legend .reach-" + shade)).getCssValue("background-color"));
            boxes.add(box);
            List<WebElement> counties = browser.driver().findElements(By.cssSelector("svg.county-map path.reach-" + shade));
            if (!counties.isEmpty()) {
                assertEquals(box, colour(counties.get(0).getCssValue("fill")), "legend and map agree on shade " + shade);
            }
        }
        assertEquals(5, boxes.stream().distinct().count(), "five different shades: " + boxes);
        assertTrue(boxes.stream().noneMatch(box -> box.endsWith(",0") || box.startsWith("255,255,255,")), boxes.toString());
    }

    /** "rgb(8, 58, 102)" and "rgba(8, 58, 102, 1)" alike as "8,58,102,1": Chromium writes fills and backgrounds differently. */
    private static String colour(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return String.join(",", parts) + (parts.length == 3 ? ",1" : "");
    }

    @Test
    void theDashboardAndTheDemographicsInSpanish() {
        browser.useEnglish();
        browser.open("/reporting/impact.xhtml");
        browser.useSpanish();
        browser.waitForText(By.tagName("h1"), "Panel de impacto");
        assertEquals("Llamadas a la línea de ayuda", browser.text(FIRST_FIGURE));
        assertTrue(browser.waitFor(FIRST_FIGURE).getAttribute("title").startsWith("Llamadas a la línea de ayuda recibidas"));
        assertTrue(browser.text(By.id("freshness:asOf")).startsWith("Cifras a fecha de "), browser.text(By.id("freshness:asOf")));
        browser.clickAndAwaitUpdate("freshness:refresh");
        browser.waitForText(By.id("freshness:asOf"), "Se vuelven a calcular cuando tienen más de 5 minutos");
        assertEquals("Llamadas a la línea de ayuda", browser.text(FIRST_FIGURE), "the refreshed figures in Spanish");
        assertEquals("Actualizar cifras", browser.text(By.id("freshness:refresh")));
        browser.open("/reporting/impact.xhtml?from=abc&to=2023-2024");
        assertEquals("Elija un año fiscal como 2023-2024 (del 1 de julio al 30 de junio).", browser.messageAt("range:from"));

        browser.click("reports-demographics");
        browser.waitForText(By.tagName("h1"), "Demografía de las cohortes");
        browser.waitForText(By.id("race-title"), "Raza/etnia – Todas las cohortes");
        browser.choose("demographics:cohort", DemoYears.now().pastName());
        browser.click("demographics:show");
        browser.waitForText(By.id("race-title"), "Raza/etnia – " + DemoYears.now().pastName());
        browser.waitForText(By.id("demographics:race_data"), "Aún sin responder");
        browser.open("/reporting/demographics.xhtml?cohort=999999");
        assertEquals("Esa cohorte no existe.", browser.messageAt("demographics:cohort"));

        browser.click("reports-completion");
        browser.waitForText(By.tagName("h1"), "Finalización");
        browser.waitForText(By.id("completion:cohorts_data"), DemoYears.now().currentName());
        browser.useEnglish();
    }

    /**
     * The cards above the table show the table's figures; the administrator publishes the range, and a browser that
     * never signed in opens it from the public list, in English and in Spanish, with the same figures; unpublished,
     * its address is not found.
     */
    @Test
    void anAdministratorPublishesTheFiguresOfARangeThatAnyoneReadsInBothLanguages() {
        // The demo's helpline calls span the last twelve months, so these two years always have some.
        FiscalYear current = FiscalYear.current(Clock.systemUTC());
        String from = new FiscalYear(current.startYear() - 1).name();
        String to = current.name();
        String slug = from + "_" + to;
        browser.useEnglish();
        browser.open("/reporting/impact.xhtml?from=" + from + "&to=" + to);
        String children = browser.text(By.cssSelector("[id='figures_data'] > tr:nth-child("
                + (ImpactFigure.CHILDREN_BENEFITING.ordinal() + 1) + ") > td:last-child"));
        String calls = browser.text(By.cssSelector("[id='figures_data'] > tr:nth-child("
                + (ImpactFigure.HELPLINE_CALLS.ordinal() + 1) + ") > td:last-child"));
        assertEquals(children, browser.text(By.id("numbers-children-value")), "the card shows the table's figure");
        assertEquals(calls, browser.text(By.id("numbers-calls-value")));
        assertTrue(Long.parseLong(calls) > 0, "the demo data has helpline calls: " + calls);

        browser.click("publish:publish");
        browser.waitFor(By.id("published-" + slug));

        browser.forget();
        browser.open("/numbers/index.xhtml");
        browser.waitForText(By.tagName("h1"), "The IECMHC Network by the numbers");
        browser.driver().findElement(By.id("numbers-range-" + slug)).click();
        browser.waitForText(By.tagName("h1"), "By the numbers: fiscal years " + from + " to " + to);
        assertEquals(children, browser.text(By.id("numbers-children-value")));
        assertEquals(calls, browser.text(By.id("numbers-calls-value")));
        assertTrue(browser.text(By.id("numbers-children")).contains("Children benefiting"));
        assertFalse(browser.isPresent(By.id("menu")), "no menu: nobody is signed in");

        browser.useSpanish();
        browser.waitForText(By.tagName("h1"), "En cifras: años fiscales " + from + " a " + to);
        assertEquals(children, browser.text(By.id("numbers-children-value")));
        assertEquals(calls, browser.text(By.id("numbers-calls-value")));
        assertTrue(browser.text(By.id("numbers-children")).contains("Niños beneficiados"));
        browser.useEnglish();

        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.open("/reporting/impact.xhtml?from=" + from + "&to=" + to);
        WebElement unpublish = browser.waitFor(By.xpath("//a[@id='published-" + slug + "']/ancestor::li//button"));
        unpublish.click();
        browser.until(ExpectedConditions.stalenessOf(unpublish));
        assertFalse(browser.isPresent(By.id("published-" + slug)));
        browser.forget();
        browser.open("/numbers/figures.xhtml?range=" + slug);
        browser.waitForText(By.tagName("h1"), "Page not found");
    }

    @Test
    void anAdministratorFiltersTheTestimonialsFeaturesOneAndReadsItOnTheImpactPageInSpanish() throws Exception {
        FiscalYear current = FiscalYear.current(Clock.systemUTC());
        String quote = "The drop-in gave our staff words for big feelings.";
        Attendance attendance = Attendance.of("Quoted", current.firstDay(), quote);
        try {
            browser.useEnglish();
            browser.click("nav-testimonials");
            browser.waitForText(By.tagName("h1"), "Testimonials");
            browser.choose("testimonials:service", "Open-Door session");
            browser.choose("testimonials:year", current.name());
            browser.choose("testimonials:language", "English");
            WebElement feature = browser.waitFor(By.xpath("//tr[td//text()[.='" + quote + "']]//button"));
            assertEquals("Feature", feature.getText());
            browser.clickAndAwaitUpdate(feature.getAttribute("id"));
            browser.waitFor(By.xpath("//tr[td//text()[.='" + quote + "']]//button[normalize-space(.)='Featured: take off']"));
            assertEquals(List.of(List.of("FeaturedQuote")), Sql.rows(RunningApplication.dataSource(),
                    "select entity_type from audit_entry where entity_type = 'FeaturedQuote' and action = 'CREATE'"));

            browser.useSpanish();
            browser.open("/reporting/impact.xhtml?from=" + current.name() + "&to=" + current.name());
            WebElement quoted = browser.waitFor(By.xpath("//blockquote[normalize-space(.)='" + quote + "']"));
            assertEquals("— Programa en centro, Sesión de Puertas Abiertas, " + current.name(),
                    quoted.findElement(By.xpath("following-sibling::figcaption")).getText());
            assertFalse(browser.driver().getPageSource().contains("Quoted Sunshine"), "never the provider's name");
            browser.useEnglish();
        } finally {
            attendance.delete();
        }
    }

    /**
     * An Open-Door session held on the day, attended by a provider of its own (named "NAME Sunshine Center") whose
     * answer gives the quote with consent to quote it, or no comment when the quote is null.
     */
    private record Attendance(long provider, long session) {

        static Attendance of(String name, LocalDate heldOn, String quote) throws SQLException {
            DataSource db = RunningApplication.dataSource();
            long provider = Sql.insert(db, "insert into provider (name, kind, county_fips, contact_name) values ('" + name
                    + " Sunshine Center', 'CENTER_BASED', '06019', '" + name + " Contact')");
            long session = Sql.insert(db, "insert into open_door_session (held_on, title, language, facilitator_id) select '"
                    + heldOn + "', '" + name + " session', 'EN', id from account where email = '" + DemoPerson.CONSULTANT.email() + "'");
            Sql.execute(db, "insert into open_door_attendance (session_id, provider_id, worthwhile, comments, consent_to_quote,"
                    + " answered_by) values (" + session + ", " + provider + ", true, "
                    + (quote == null ? "null, false" : "'" + quote + "', true") + ", 'PARTICIPANT')");
            return new Attendance(provider, session);
        }

        void delete() throws SQLException {
            Sql.execute(RunningApplication.dataSource(), "delete from open_door_session where id = " + session);
            Sql.execute(RunningApplication.dataSource(), "delete from provider where id = " + provider);
        }
    }

    @Test
    void everyReportDownloadsAsCsvExcelAndPdf() throws IOException {
        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);

        HttpResponse<byte[]> csv = admin.download("/reporting/export?report=impact&format=csv&from=2021-2022&to=2025-2026&lang=es");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<Csv.Row> rows = Csv.read(new String(csv.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Cifra", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026", "2021-2022 a 2025-2026"),
                rows.get(0).fields());
        assertEquals("Llamadas a la línea de ayuda", rows.get(1).field(0));
        assertEquals(1 + ImpactFigure.values().length, rows.size(), "a header and every figure");

        HttpResponse<byte[]> excel = admin.download("/reporting/export?report=race&format=xlsx&lang=en");
        assertEquals(200, excel.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Answer", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Native American or Alaskan", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Total", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
        }

        HttpResponse<byte[]> pdf = admin.download("/reporting/export?report=reach&format=pdf&lang=en");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Reach by county"), text);
            assertTrue(text.contains("Yuba"), "the last of the 58 counties");
        }

        assertEquals(200, admin.download("/reporting/export?report=completion&format=pdf&lang=es").statusCode());
        assertEquals(400, admin.download("/reporting/export?report=impact&format=doc").statusCode());
        assertEquals(400, admin.download("/reporting/export?report=impact&format=csv&from=2021-2023").statusCode());
        assertEquals(404, admin.download("/reporting/export?report=language&format=csv&cohort=999999").statusCode());
    }
}
