package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Administrators run cohorts and enrollment in Chromium; a trainee answers the demographics questions in Spanish. */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class CohortBrowserIT {

    private static final String HEADER = "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n";

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void createACohortEnrolSomeoneAndWithdrawThem() {
        step("an end date before the start is refused, keeping what was typed", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-cohorts");
            browser.click("cohorts:create");
            browser.type("cohort:name", "2027-2028 browser");
            browser.typeDate("cohort:startDate", "2027-09-01");
            browser.typeDate("cohort:endDate", "2027-08-01");
            browser.type("cohort:capacity", "2");
            browser.choose("cohort:language", "Bilingual (English and Spanish)");
            browser.check("cohort:faculty:0");
            browser.click("cohort:save");
            assertEquals("The end date must be after the start date.", browser.messageAt("cohort:endDate"));
            assertEquals("2027-2028 browser", browser.waitFor(By.id("cohort:name")).getAttribute("value"), "typed values are kept");
        });
        step("the cohort is created with two places", () -> {
            browser.typeDate("cohort:endDate", "2028-06-30");
            browser.click("cohort:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The cohort was created.");
            assertEquals("2027-2028 browser", browser.text(By.id("cohort-name")));
            assertTrue(browser.text(By.id("summary")).contains("Bilingual"));
        });
        step("a new person is enrolled once their name is given", () -> {
            browser.type("enrol:email_input", "new.person@example.org");
            browser.click("enrol:enrol");
            expectMessage("enrol:firstName", "Enter a name.");
            browser.type("enrol:firstName", "Nueva");
            browser.type("enrol:lastName", "Persona");
            browser.click("enrol:enrol");
            browser.waitForText(By.cssSelector(".ui-growl"), "The person was enrolled.");
            browser.waitForText(By.id("enrollments:table_data"), "new.person@example.org");
        });
        step("an existing account is enrolled, and the same email in other case is refused", () -> {
            browser.type("enrol:email_input", DemoPerson.TRAINEE_EN.email());
            browser.click("enrol:enrol");
            browser.waitForText(By.id("enrollments:table_data"), DemoPerson.TRAINEE_EN.email());
            browser.type("enrol:email_input", "NEW.person@example.org");
            browser.click("enrol:enrol");
            expectMessage("enrol:email", "This person already has an active enrollment in this cohort.");
        });
        step("a full cohort refuses a third person", () -> {
            browser.type("enrol:email_input", DemoPerson.TRAINEE.email());
            browser.click("enrol:enrol");
            expectMessage("enrol:email", "The cohort is full: its capacity is reached.");
        });
        step("a withdrawal needs a reason and frees a place", () -> {
            browser.type("enrollments:search", "new.person");
            browser.until(d -> d.findElements(By.cssSelector("[id='enrollments:table_data'] > tr")).size() == 1);
            browser.click("enrollments:table:0:withdraw");
            browser.waitFor(By.id("withdrawal:reason"));
            browser.click("withdrawal:confirmWithdrawal");
            expectMessage("withdrawal:reason", "Reason: this field is required.");
            browser.type("withdrawal:reason", "Moved to Oregon");
            browser.click("withdrawal:confirmWithdrawal");
            browser.waitForText(By.id("enrollments:table:0:status"), "Withdrawn");
            assertTrue(browser.text(By.id("enrollments:table_data")).contains("Moved to Oregon"));
            browser.waitForText(By.id("cohort-seats"), "1 of 2 places taken");
            browser.signOut();
        });
    }

    @Test
    void importARosterAfterSeeingEveryProblemInThePreviewPartlyInSpanish() {
        step("an administrator creates a cohort of forty places", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-cohorts");
            browser.click("cohorts:create");
            browser.type("cohort:name", "Roster browser cohort");
            browser.typeDate("cohort:startDate", "2027-09-01");
            browser.typeDate("cohort:endDate", "2028-06-30");
            browser.type("cohort:capacity", "40");
            browser.click("cohort:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The cohort was created.");
            browser.click("import-roster");
        });
        step("the preview shows every problem and offers no import", () -> {
            upload(HEADER
                    + "roster.one@example.org,Uno,Primero,es,HISPANIC_LATINO,BILINGUAL_SPANISH,Fresno,Familias\n"
                    + "roster.two@example.org,Dos,,en,ASIAN,ENGLISH_ONLY,Atlantis,\n"
                    + "ROSTER.ONE@example.org,Uno,Again,en,,,,\n");
            browser.waitForText(By.id("preview-summary"), "3 people, 2 lines with problems.");
            assertEquals(2, browser.driver().findElements(By.cssSelector("tr.lms-row-error")).size());
            String preview = browser.text(By.id("roster:lines_data"));
            assertTrue(preview.contains("The last name is missing, longer than 100 characters or holds invisible control characters."), preview);
            assertTrue(preview.contains("\"Atlantis\" is not a California county name or FIPS code."), preview);
            assertTrue(preview.contains("The same email is already on line 2."), preview);
            assertFalse(browser.isPresent(By.id("roster:import")), "a roster with problems cannot be imported");
        });
        step("a problem is told in Spanish", () -> {
            browser.click("header:spanish");
            browser.waitForText(By.id("roster:file"), "Elegir un archivo CSV");
            upload(HEADER + "roster.two@example.org,Dos,Segundo,xx,,,,\n");
            browser.waitForText(By.id("roster:lines_data"), "El idioma preferido \"xx\" no es en ni es.");
            browser.click("header:english");
            browser.waitForText(By.id("roster:file"), "Choose a CSV file");
        });
        step("a wrong file type is refused at the upload field", CohortBrowserIT::aWrongFileTypeIsRefusedAtTheUploadField);
        step("more people than places left is one summary, not an error on each line", () -> {
            StringBuilder tooMany = new StringBuilder(HEADER);
            for (int i = 0; i < 45; i++) {
                tooMany.append("crowd.").append(i).append("@example.org,Pat,Crowd,en,,,,\n");
            }
            upload(tooMany.toString());
            browser.waitForText(By.id("file-problems"),
                    "45 new people, 40 places left in the cohort: raise its capacity or import fewer people.");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#file-problems li")).size(),
                    "one summary, not a capacity error on each line past the last place");
            assertEquals(0, browser.driver().findElements(By.cssSelector("tr.lms-row-error")).size());
            assertFalse(browser.isPresent(By.id("roster:import")));
        });
        step("a clean roster is imported after confirmation", () -> {
            upload(HEADER
                    + "roster.one@example.org,Uno,Primero,es,HISPANIC_LATINO,BILINGUAL_SPANISH,Fresno,Familias\n"
                    + "roster.two@example.org,Dos,Segundo,en,ASIAN,ENGLISH_ONLY,06037,\n"
                    + DemoPerson.TRAINEE_EN.email() + ",James,Carter,en,,,,\n");
            browser.waitForText(By.id("preview-summary"), "3 people, no line with problems.");
            browser.click("roster:import");
            browser.confirm();
            browser.waitForText(By.cssSelector(".ui-growl"), "3 people were enrolled.");
            String enrolled = browser.text(By.id("enrollments:table_data"));
            assertTrue(enrolled.contains("roster.one@example.org") && enrolled.contains("roster.two@example.org")
                    && enrolled.contains(DemoPerson.TRAINEE_EN.email()), enrolled);
            browser.signOut();
        });
    }

    @Test
    void aTraineeAnswersTheDemographicsInSpanishAndAnAdministratorSeesTheAnswers() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-profile");
        browser.waitForText(By.cssSelector("main h1"), "Mi perfil");
        browser.choose("profile:raceEthnicity", "Prefiero no decirlo");
        browser.choose("profile:language", "Multilingüe (otros idiomas)");
        browser.type("profile:agency", "Agencia de Prueba");
        browser.click("profile:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "El perfil fue guardado.");
        browser.signOut();

        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-cohorts");
        browser.driver().findElement(By.linkText(DemoYears.now().currentName())).click();
        browser.type("enrollments:search", DemoPerson.TRAINEE.email());
        browser.until(d -> d.findElements(By.cssSelector("[id='enrollments:table_data'] > tr")).size() == 1);
        browser.click("enrollments:table:0:profile");
        browser.waitForText(By.id("profile:raceEthnicity_label"), "Decline to state");
        assertEquals("Multilingual (other languages)", browser.text(By.id("profile:language_label")));
        assertEquals("Agencia de Prueba", browser.waitFor(By.id("profile:agency")).getAttribute("value"));
        browser.signOut();
    }

    /** Waits for the message next to a field that an ajax request fills in. */
    private static void expectMessage(String fieldId, String text) {
        browser.waitForText(By.cssSelector("[id='" + fieldId + "'] ~ .ui-message"), text);
        assertEquals(text, browser.messageAt(fieldId));
    }

    /**
     * A spreadsheet saved as .xlsx: the page says so at the field before sending it, and the server says so too when
     * the browser's check is skipped (as a script or an old browser would), with no preview of it.
     */
    private static void aWrongFileTypeIsRefusedAtTheUploadField() throws IOException {
        Path spreadsheet = Files.createTempFile("roster-", ".xlsx");
        Files.write(spreadsheet, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00});
        browser.upload("roster:file", spreadsheet);
        browser.waitForText(By.cssSelector("[id='roster:file'] .ui-fileupload-messages"),
                "Only .csv or .txt files can be imported.");

        ((JavascriptExecutor) browser.driver()).executeScript("lmsUpload.check = function (w, file, send) { send(file); };");
        browser.upload("roster:file", spreadsheet);
        browser.waitForText(By.id("roster:file-message"), "Only .csv or .txt files can be imported.");
        browser.until(driver -> driver.findElements(By.id("preview-summary")).isEmpty());
        browser.driver().navigate().refresh();
    }

    private static void upload(String csv) throws IOException {
        Path file = Files.createTempFile("roster-", ".csv");
        Files.writeString(file, csv);
        browser.driver().findElement(By.id("roster:file_input")).sendKeys(file.toAbsolutePath().toString());
    }
}
