package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole training flow in Chromium: an administrator creates a cohort, enrols a trainee and builds a course with
 * a module and a rubric assignment; a trainee hands in text and a file (in Spanish); the faculty member grades with the rubric and feedback;
 * the trainee sees the grade, and nobody else can read the submission.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class GradingBrowserIT {

    private static Browser browser;
    private static String gradebookPath;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String COHORT = "Browser cohort " + RUN;
    private static final String COURSE = "Working with families " + RUN;
    private static final String ASSIGNMENT = "Family engagement plan " + RUN;

    @TempDir
    static Path files;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aCourseIsBuiltWorkIsHandedInGradedWithTheRubricAndTheGradeIsSeen() throws Exception {
        administratorCreatesTheCohortAndEnrolsTheTrainee();
        administratorBuildsTheCourse();
        String submissionUrl = traineeHandsInTextAndAFileInSpanish();
        String submissionId = facultyGradesWithTheRubric();
        traineeSeesTheGradeAndFeedback(submissionUrl);
        theGradebookExportsAsCsvForItsFacultyOnly();
        aCoTeacherSortsTheGradebookByItsHeadersUntilTakenOffTheCourse();

        String path = "/api/v1/submissions/" + submissionId;
        assertEquals(200, WebSession.api("GET", path, DemoPerson.TRAINEE.email(), DemoData.PASSWORD).statusCode());
        assertEquals(404, WebSession.api("GET", path, DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD).statusCode(),
                "another trainee cannot read it by changing the id");
        assertEquals(404, WebSession.api("GET", path, DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD).statusCode(),
                "faculty of another course cannot read it");
        assertEquals(200, WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD).get(submissionUrl).statusCode());
        WebSession other = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        assertTrue(other.get(submissionUrl).body().contains("id=\"not-found\""), "another trainee sees no such assignment");
    }

    private void administratorCreatesTheCohortAndEnrolsTheTrainee() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-cohorts");
        browser.click("cohorts:create");
        browser.type("cohort:name", COHORT);
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        browser.typeDate("cohort:startDate", today.minusMonths(2).toString());
        browser.typeDate("cohort:endDate", today.plusMonths(9).toString());
        browser.type("cohort:capacity", "30");
        browser.choose("cohort:status", "Active");
        browser.click("cohort:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The cohort was created.");
        browser.type("enrol:email_input", DemoPerson.TRAINEE.email());
        browser.click("enrol:enrol");
        browser.waitForText(By.id("enrollments:table_data"), DemoPerson.TRAINEE.email());
        assertTrue(browser.text(By.id("enrollments:table_data")).contains("Enrolled"));
        browser.signOut();
    }

    private void administratorBuildsTheCourse() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-courses");
        browser.click("courses:create");
        browser.type("course:title", COURSE);
        browser.click("course:save");
        assertEquals("Choose the cohort the course belongs to.", browser.messageAt("course:cohort"));
        assertEquals(COURSE, browser.waitFor(By.id("course:title")).getAttribute("value"), "typed values are kept");
        select("course:cohort", COHORT);
        select("course:faculty", "Renée Okafor");
        browser.click("course:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The course was created.");

        browser.type("modules:moduleTitle", "Module 1: Engaging families");
        browser.click("modules:addModule");
        browser.waitForText(By.cssSelector(".lms-modules"), "Module 1: Engaging families");
        browser.type("materials:materialTitle", "Strengthening Families framework");
        browser.type("materials:materialUrl", "not a web address");
        browser.click("materials:addLink");
        assertEquals("Enter a complete web address starting with https:// or http://.", browser.messageAt("materials:materialUrl"));
        browser.type("materials:materialUrl", "https://cssp.org/our-work/project/strengthening-families/");
        browser.click("materials:addLink");
        browser.waitForText(By.cssSelector(".lms-modules"), "Strengthening Families framework");
        browser.type("modules:moduleTitle", "Module 2: added by mistake");
        browser.click("modules:addModule");
        browser.waitForText(By.cssSelector(".lms-modules"), "Module 2: added by mistake");
        browser.click("modules:list:1:removeModule");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "The module was deleted.");
        assertTrue(!browser.text(By.cssSelector(".lms-modules")).contains("added by mistake"), "deleted after confirming");

        browser.click("assignments:create");
        browser.type("assignment:title", ASSIGNMENT);
        browser.type("assignment:instructions", "Write a plan for engaging one family in consultation.");
        String due = LocalDateTime.now(ZoneId.of("America/Los_Angeles")).plusDays(20).withHour(17).withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        browser.type("assignment:dueAt_input", due);
        browser.waitFor(By.id("assignment:dueAt_input")).sendKeys(Keys.ESCAPE);
        browser.click("assignment:addCriterion");
        browser.type("assignment:criteria:0:title", "Understanding of the family");
        browser.type("assignment:criteria:0:levels:0:title", "Emerging");
        browser.type("assignment:criteria:0:levels:0:points", "2");
        browser.type("assignment:criteria:0:levels:1:title", "Proficient");
        browser.click("assignment:save");
        assertEquals("Give every criterion a title and at least two levels, each with a title and points.",
                browser.messageAt("assignment:rubric"));
        browser.type("assignment:criteria:0:levels:1:points", "6");
        browser.type("assignment:criteria:0:levels:1:description", "Names the family's priorities in their own words");
        browser.click("assignment:addCriterion");
        browser.type("assignment:criteria:1:title", "Concrete next steps");
        browser.type("assignment:criteria:1:levels:0:title", "Vague");
        browser.type("assignment:criteria:1:levels:0:points", "1");
        browser.type("assignment:criteria:1:levels:1:title", "Concrete");
        browser.type("assignment:criteria:1:levels:1:points", "4");
        Axe.assertNoBlockingViolations(browser, "assignment form with a rubric");
        browser.click("assignment:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The assignment was created.");
        Axe.assertNoBlockingViolations(browser, "course form with modules and assignments");
        String row = browser.text(By.id("assignments:table"));
        assertTrue(row.contains(ASSIGNMENT) && row.contains(due + " PT") && row.contains("10"), row);
        browser.signOut();
    }

    private String traineeHandsInTextAndAFileInSpanish() throws Exception {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-trainee-courses");
        browser.driver().findElement(By.linkText(COURSE)).click();
        browser.waitForText(By.id("modules"), "Strengthening Families framework");
        // A trainee's assignment row links to the assignment page; the link is plain markup (issue 17).
        String opens = browser.waitFor(By.id("assignments:0:open")).getAttribute("href");
        assertTrue(opens.matches(".*/course/assignment\\.xhtml\\?id=\\d+"), opens);
        browser.driver().findElement(By.linkText(ASSIGNMENT)).click();
        browser.waitForText(By.id("status"), "Todavía no ha entregado nada.");
        String url = browser.driver().getCurrentUrl().substring(RunningApplication.url().length());

        Path disguised = Files.writeString(files.resolve("plan.pdf"), "this is not a PDF");
        browser.type("submit:body", "Mi plan: visitar a la familia García y escuchar sus prioridades.");
        browser.waitFor(By.id("submit:file")).sendKeys(disguised.toString());
        browser.click("submit:send");
        assertEquals("El contenido del archivo no corresponde a su nombre. Guárdelo de nuevo en el formato que indica su nombre y vuelva a subirlo.",
                browser.messageAt("submit:file"));
        assertEquals("Mi plan: visitar a la familia García y escuchar sus prioridades.",
                browser.waitFor(By.id("submit:body")).getAttribute("value"), "the typed text is kept");

        Path notes = Files.writeString(files.resolve("notas-de-visita.txt"), "Notas de la visita: la familia prefiere español.",
                StandardCharsets.UTF_8);
        browser.waitFor(By.id("submit:file")).sendKeys(notes.toString());
        browser.click("submit:send");
        browser.waitForText(By.cssSelector(".ui-growl"), "Su trabajo fue entregado.");
        browser.waitForText(By.id("status"), "Entregada, en espera de calificación");
        browser.waitForText(By.id("history"), "notas-de-visita.txt");
        Axe.assertNoBlockingViolations(browser, "trainee's assignment page in Spanish");
        browser.signOut();
        return url;
    }

    private String facultyGradesWithTheRubric() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.waitForText(By.id("home-faculty"), COURSE);
        browser.click("nav-grading-queue");
        WebElement row = browser.waitFor(By.xpath("//tr[td[contains(., '" + ASSIGNMENT + "')]]"));
        assertTrue(row.getText().contains("María López"), row.getText());
        row.findElement(By.cssSelector("a.ui-button, button")).click();
        browser.waitForText(By.id("who"), "María López");
        browser.waitForText(By.id("history"), "notas-de-visita.txt");
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        Axe.assertNoBlockingViolations(browser, "grading page");

        assertTrue(browser.text(By.id("grade:rubric")).contains("Proficient (6) – Names the family's priorities in their own words"));
        browser.driver().findElement(By.cssSelector("label[for='grade:criteria:0:level:1']")).click();
        browser.waitForText(By.id("grade:total"), "Points so far: 6 / 10");
        browser.type("grade:feedback", "A warm, specific plan. Name the first concrete step.");
        browser.click("grade:save");
        assertEquals("Choose one level for every criterion of the rubric.", browser.messageAt("grade:rubric"));
        assertEquals("A warm, specific plan. Name the first concrete step.",
                browser.waitFor(By.id("grade:feedback")).getAttribute("value"));
        browser.driver().findElement(By.cssSelector("label[for='grade:criteria:1:level:0']")).click();
        browser.click("grade:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The grade was saved.");
        assertTrue(browser.isPresent(By.id("queue:table")));

        browser.click("nav-faculty-courses");
        WebElement course = browser.waitFor(By.xpath("//tr[td[contains(., '" + COURSE + "')]]"));
        course.findElement(By.linkText("Gradebook")).click();
        WebElement gradebook = browser.waitFor(By.xpath("//tr[td[contains(., 'María López')]]"));
        gradebookPath = browser.driver().getCurrentUrl().substring(RunningApplication.url().length());
        assertTrue(gradebook.getText().contains("7"), gradebook.getText());
        assertTrue(browser.text(By.id("gradebook:table")).contains(ASSIGNMENT + " (10)"));
        Axe.assertNoBlockingViolations(browser, "gradebook");
        browser.signOut();
        return id;
    }

    private void traineeSeesTheGradeAndFeedback(String assignmentPath) {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.waitForText(By.id("recently-graded"), ASSIGNMENT);
        WebElement graded = browser.driver().findElement(By.id("recently-graded")).findElement(By.linkText(ASSIGNMENT));
        assertTrue(graded.getAttribute("href").endsWith(assignmentPath), graded.getAttribute("href"));
        graded.click();
        browser.waitForText(By.id("grade"), "7 / 10");
        assertTrue(browser.text(By.id("rubric-result")).contains("Understanding of the family: Proficient (6)"));
        assertEquals("A warm, specific plan. Name the first concrete step.", browser.text(By.id("feedback")));
        assertTrue(!browser.isPresent(By.id("submit:send")), "graded work cannot be handed in again");
        browser.signOut();
    }

    private void theGradebookExportsAsCsvForItsFacultyOnly() {
        WebSession faculty = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        String page = faculty.get(gradebookPath).body();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("gradebook", "gradebook");
        fields.put("gradebook:csv", "");
        fields.put("jakarta.faces.ViewState", WebSession.viewState(page));
        java.net.http.HttpResponse<String> csv = faculty.post(gradebookPath, fields);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String expectedLine = "María López," + DemoPerson.TRAINEE.email() + ",7,7,70.0";
        assertTrue(csv.body().lines().anyMatch(expectedLine::equals), csv.body());
        assertTrue(csv.body().contains(ASSIGNMENT + " (10)"), csv.body());

        WebSession otherFaculty = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        assertTrue(otherFaculty.get(gradebookPath).body().contains("id=\"not-found\""), "not their course");
    }

    /** David Chen teaches another course; made co-teacher he opens this gradebook, and loses it when taken off. */
    private void aCoTeacherSortsTheGradebookByItsHeadersUntilTakenOffTheCourse() {
        String courseId = gradebookPath.replaceAll(".*course=(\\d+).*", "$1");
        setCoTeacher(courseId, true);
        browser.signIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.open(gradebookPath);
        browser.waitFor(By.xpath("//tr[td[contains(., 'María López')]]"));
        browser.driver().findElement(By.partialLinkText(ASSIGNMENT)).click();
        awaitHeader(ASSIGNMENT, ASSIGNMENT + " (10) (orden ascendente)");
        assertTrue(browser.driver().getCurrentUrl().contains("order=asc"), browser.driver().getCurrentUrl());
        browser.driver().findElement(By.partialLinkText(ASSIGNMENT)).click();
        awaitHeader(ASSIGNMENT, ASSIGNMENT + " (10) (orden descendente)");
        browser.open(gradebookPath + "&sort=999&order=sideways");
        awaitHeader("Participante", "Participante (orden ascendente)");
        browser.signOut();

        setCoTeacher(courseId, false);
        WebSession formerCoTeacher = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        assertTrue(formerCoTeacher.get(gradebookPath).body().contains("id=\"not-found\""), "no longer their course");
    }

    /** A header's whole text, the part for screen readers included, once the page shows it. */
    private static void awaitHeader(String visibleText, String wholeText) {
        browser.until(driver -> driver.findElements(By.partialLinkText(visibleText)).stream()
                .anyMatch(link -> link.getAttribute("textContent").replaceAll("\\s+", " ").trim().equals(wholeText)));
    }

    private void setCoTeacher(String courseId, boolean teaches) {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/course/admin/course.xhtml?id=" + courseId);
        WebElement box = browser.waitFor(By.xpath("//*[@id='course:coTeachers']//label[contains(., 'David Chen')]"));
        WebElement input = browser.driver().findElement(By.id(box.getAttribute("for")));
        if (input.isSelected() != teaches) {
            box.click();
        }
        browser.click("course:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The course was saved.");
        browser.signOut();
    }

    private static void select(String id, String visibleText) {
        new Select(browser.waitFor(By.id(id))).selectByVisibleText(visibleText);
    }

}
