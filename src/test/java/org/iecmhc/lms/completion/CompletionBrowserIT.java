package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Completion in Chromium: the administrator's board (also in Spanish) and a certificate downloaded from it, whose
 * code the public verify page confirms to anyone; the trainee's progress bars.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
public class CompletionBrowserIT {

    /** The demo's closed cohort, whose completed trainees have certificates. */
    static final String PAST_COHORT = DemoYears.now().pastName();
    private static final Pattern CODE = Pattern.compile("(?:Certificate code|Código del certificado): ([2-9A-HJ-NP-Z]{12})");
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aCertificateDownloadedByTheAdministratorIsVerifiedAnonymouslyByItsCode() throws Exception {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/completion/board.xhtml?cohort=" + CompletionApiIT.pastCohortId());
        browser.waitForText(By.id("cohort-name"), PAST_COHORT);
        WebElement anaRow = browser.waitFor(By.xpath("//tr[.//*[contains(@id,':trainee') and text()='Ana García']]"));
        assertEquals("Completed", anaRow.findElement(By.cssSelector("[id$=':status']")).getText());
        String href = anaRow.findElement(By.cssSelector("a.certificate-link")).getAttribute("href");

        String text = pdfText(download(href));
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        assertTrue(text.contains("Ana García") && text.contains(PAST_COHORT), text);
        assertTrue(text.contains("/verify/" + code.group(1)), text);
        assertTrue(text.contains("Courses passed: 1") || text.contains("Cursos aprobados: 1"), "the course she passed, not 0: " + text);
        browser.signOut();

        browser.open("/verify/" + code.group(1));
        assertEquals("Ana García", browser.text(By.id("verified-name")));
        assertEquals(PAST_COHORT, browser.text(By.id("verified-cohort")));
        assertTrue(browser.text(By.id("genuine")).contains("genuine"));
        assertTrue(browser.isPresent(By.id("verified-date")));
        assertTrue(!browser.isPresent(By.id("nav-home")), "no menu for an anonymous visitor");
        assertEquals(200, WebSession.anonymous().get("/verify/" + code.group(1)).statusCode());

        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet && l.sheet.cssRules.length > 0)"),
                "the address printed on certificates shows the page with its style sheets");
        browser.useSpanish();
        try {
            browser.waitForText(By.id("genuine"), "Este certificado es auténtico.");
            assertEquals("Ana García", browser.text(By.id("verified-name")), "the language link keeps the code");
        } finally {
            browser.useEnglish();
        }
    }

    @Test
    void aCertificateReissuedByTheAdministratorLeavesItsOldCodeSupersededInEnglishAndSpanish() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        String oldCode;
        String newCode;
        try {
            browser.useEnglish();
            browser.open("/completion/certificates.xhtml?cohort=" + CompletionApiIT.pastCohortId());
            browser.waitForText(By.id("certificate-cohort"), PAST_COHORT);
            // not Ana García, whose certificate the other tests download
            List<WebElement> rows = browser.driver().findElements(By.xpath(
                    "//tbody[@id='certificates:table_data']/tr[.//*[contains(@id,':trainee') and text()!='Ana García']]"));
            assertTrue(!rows.isEmpty(), "the past cohort has other certificates");
            WebElement row = rows.get(rows.size() - 1);
            String trainee = row.findElement(By.cssSelector("[id$=':trainee']")).getText();
            oldCode = row.findElement(By.cssSelector("a.certificate-code")).getText();
            row.findElement(By.cssSelector("button[id$=':reissue']")).click();
            browser.confirm();
            By sameRow = By.xpath("//tr[.//*[contains(@id,':trainee') and text()='" + trainee + "']]//a[contains(@class,'certificate-code')]");
            browser.until(d -> !oldCode.equals(d.findElement(sameRow).getText()));
            newCode = browser.text(sameRow);
            assertTrue(newCode.matches("[2-9A-HJ-NP-Z]{12}"), newCode);
        } finally {
            browser.signOut();
        }

        HttpResponse<String> english = WebSession.anonymous().get("/verify/" + oldCode);
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("id=\"superseded\""), english.body());
        assertTrue(english.body().contains("was reissued on"), english.body());
        assertTrue(!english.body().contains("verified-name"), "nothing about its holder");
        browser.open("/verify/" + oldCode);
        browser.useSpanish();
        try {
            browser.waitForText(By.id("superseded"), "se volvió a emitir el");
        } finally {
            browser.useEnglish();
        }
        browser.open("/verify/" + newCode);
        assertTrue(browser.text(By.id("genuine")).contains("genuine"));
    }

    @Test
    void anUnknownCodeIsSaidToBeUnknownWithNotFound() {
        HttpResponse<String> unknown = WebSession.anonymous().get("/verify/ZZZZZZZZZZZZ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("No certificate has this code."), unknown.body());
        assertEquals(404, WebSession.anonymous().get("/verify/nonsense", "es").statusCode());
        assertTrue(WebSession.anonymous().get("/verify/nonsense", "es").body().contains("Ningún certificado tiene este código."));
    }

    @Test
    void theBoardInSpanishFiltersByStatus() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        try {
            browser.useSpanish();
            browser.open("/completion/board.xhtml?cohort=" + CompletionApiIT.pastCohortId());
            browser.waitForText(By.cssSelector("h1"), "Tablero de finalización");
            assertTrue(browser.text(By.id("board:table")).contains("Retirado"));
            browser.choose("board:table:statusFilter", "Finalizado");
            browser.until(d -> !browser.text(By.id("board:table")).contains("Retirado"));
            assertEquals(5, browser.driver().findElements(By.cssSelector("a.certificate-link")).size());
        } finally {
            browser.useEnglish();
            browser.signOut();
        }
    }

    @Test
    void theBoardSortsByTraineeStatusAndOverallOnAFreshlyLoadedPage() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        try {
            browser.useEnglish();
            for (String column : new String[] {"Trainee", "Status", "Overall"}) {
                browser.open("/completion/board.xhtml?cohort=" + CompletionApiIT.pastCohortId());
                browser.waitForText(By.id("cohort-name"), PAST_COHORT);
                By header = By.xpath("//th[.//span[contains(@class,'ui-column-title') and text()='" + column + "']]");
                // the title, not the header's middle: the status header holds its filter there
                browser.waitFor(header).findElement(By.cssSelector("span.ui-column-title")).click();
                // the failure page first: it has no header to look for
                browser.until(d -> browser.isPresent(By.id("error-page"))
                        || "ascending".equals(d.findElement(header).getAttribute("aria-sort")));
                assertTrue(!browser.isPresent(By.id("error-page")), "sorting by " + column + " keeps the board");
                assertTrue(browser.text(By.id("board:table")).contains("Ana García"), column);
            }
        } finally {
            browser.signOut();
        }
    }

    @Test
    void aTraineeSeesOneBarPerRequirementOnTheHomePageAndMyProgress() {
        browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        try {
            browser.useEnglish();
            browser.open("/index.xhtml");
            assertTrue(browser.text(bar("practicum")).matches("[0-9.]+ of 60 hours"), browser.text(bar("practicum")));
            // a figure may be followed by what is awaiting approval or scheduled, such as "2 hours scheduled"
            assertTrue(browser.text(bar("supervision")).contains(" of 24 hours"), browser.text(bar("supervision")));
            assertTrue(browser.text(bar("cop")).contains(" of 6"), browser.text(bar("cop")));
            browser.click("nav-progress");
            browser.waitForText(By.cssSelector("h1"), "My progress toward completion");
            assertTrue(browser.isPresent(bar("practicum")));
            assertTrue(browser.isPresent(bar("evaluation")));
        } finally {
            browser.signOut();
        }
    }

    /** A bar of the demo trainee's progress in the active cohort (other tests may enrol them in further cohorts). */
    public static By bar(String requirement) {
        return By.cssSelector("[data-cohort='" + DemoYears.now().currentName() + "'] [id$=':progress-" + requirement + "-label']");
    }

    /** Fetches the link with the browser's session, as the browser's download would. */
    private static byte[] download(String href) throws IOException, InterruptedException {
        // Every cookie, not only JSESSIONID: the sign-in has one of its own (lms_sign_in), as a browser sends.
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
