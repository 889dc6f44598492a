package org.iecmhc.lms.forum;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The demo's current cohort (id 2) talking in its forum, in English and Spanish: a trainee starts a thread whose
 * markup shows as text and whose attachment a member downloads, another replies and corrects the reply, faculty hide
 * it with a reason; another cohort's forum stays closed. Then an announcement from its composing to its dismissal.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class ForumBrowserIT {

    private static final String COHORT_FORUM = "/forum/forum.xhtml?kind=cohort&id=2";
    private static final By GROWL = By.cssSelector(".ui-growl");
    private static final By POSTS = By.id("posts:list_data");
    private static final String READING_LIST = "Chapter 1 and 2 of the guide.\n";

    @Test
    void aThreadIsStartedAnsweredCorrectedAndHiddenByItsMembersOnly(Browser browser) {
        String[] thread = {null};
        step("a trainee finds the cohort's forum and starts a thread; its markup is shown as text", () -> {
            browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-my-forums");
            browser.waitForText(By.id("confidential"), "Do not post confidential reflective-supervision content");
            browser.open(COHORT_FORUM);
            browser.type("start:title", "Reading group");
            browser.type("start:body", "<script>document.title='owned'</script>Who joins on Thursday?");
            browser.driver().findElement(By.id("start:file")).sendKeys(readingList().toString());
            browser.click("start:post");
            browser.waitForText(GROWL, "The thread is started.");
            thread[0] = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(browser.text(POSTS).contains("<script>document.title='owned'</script>Who joins on Thursday?"));
            assertNotEquals("owned", browser.driver().getTitle());
            String link = browser.waitFor(By.id("posts:list:0:attachment")).getAttribute("href");
            String path = link.substring(link.indexOf("/forum/file"));
            HttpResponse<byte[]> member = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD).download(path);
            assertEquals(200, member.statusCode());
            assertEquals(READING_LIST, new String(member.body(), StandardCharsets.UTF_8), "a member downloads it");
            assertEquals(403, WebSession.signedIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD).download(path)
                    .statusCode(), "no forum for consultants");
        });
        step("another cohort's forum is not found, even by its id", () -> {
            browser.open("/forum/forum.xhtml?kind=cohort&id=1");
            browser.waitForText(By.id("not-found"), "This forum, thread or post does not exist or is not open to you.");
            browser.signOut();
        });
        step("a Spanish-speaking trainee sees the thread as new, replies and corrects her reply", () -> {
            browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.open(COHORT_FORUM);
            browser.waitForText(By.id("threadsForm:threads_data"), "Nuevo");
            browser.open("/forum/thread.xhtml?id=" + thread[0]);
            browser.type("reply:body", "Yo voy el jueves");
            browser.click("reply:send");
            browser.waitForText(GROWL, "Su respuesta está publicada.");
            browser.click("posts:list:1:edit");
            browser.type("posts:list:1:editBody", "Yo voy el jueves y el viernes");
            browser.click("posts:list:1:saveEdit");
            browser.waitForText(GROWL, "El mensaje está corregido.");
            assertTrue(browser.text(POSTS).contains("(editado)"));
            assertTrue(browser.text(POSTS).contains("Yo voy el jueves y el viernes"));
            assertFalse(browser.isPresent(By.id("posts:list:0:edit")), "another person's post");
            browser.signOut();
        });
        step("faculty hide the reply with a reason, which its readers see instead of it", () -> {
            browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.open("/forum/thread.xhtml?id=" + thread[0]);
            browser.click("posts:list:1:hide");
            browser.type("posts:list:1:reason", "Fuera de tema");
            browser.click("posts:list:1:confirmHide");
            browser.waitForText(GROWL, "El mensaje está oculto.");
            assertTrue(browser.text(POSTS).contains("Ocultado por Renée Okafor: Fuera de tema"));
            browser.signOut();
            browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.open("/forum/thread.xhtml?id=" + thread[0]);
            browser.waitForText(POSTS, "A moderator hid this post.");
            assertFalse(browser.text(POSTS).contains("jueves"), "the hidden words");
        });
    }

    @Test
    void anAnnouncementReachesEachReaderInTheirLanguageUntilDismissed(Browser browser) {
        step("an administrator announces to the whole Network in both languages", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-announcements");
            browser.choose("compose:audience", "The whole Network");
            browser.type("compose:titleEn", "Office closed Friday");
            browser.type("compose:bodyEn", "The Network office is closed on Friday.");
            browser.type("compose:titleEs", "Oficina cerrada el viernes");
            browser.type("compose:bodyEs", "La oficina de la Red cierra el viernes.");
            browser.typeDate("compose:lastDay", LocalDate.now().plusDays(10).toString());
            browser.click("compose:publish");
            browser.waitForText(GROWL, "The announcement is published.");
            browser.waitForText(By.id("list:table_data"), "Office closed Friday");
            browser.signOut();
        });
        step("a Spanish-speaking trainee reads it in Spanish and dismisses it", () -> {
            browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.open("/index.xhtml");
            browser.waitForText(By.id("home-announcements"), "Oficina cerrada el viernes");
            browser.click(dismissButton(browser));
            browser.until(driver -> !browser.isPresent(By.id("home-announcements")));
            browser.open("/index.xhtml");
            assertFalse(browser.isPresent(By.id("home-announcements")), "dismissed for good");
            browser.signOut();
        });
        step("faculty still see it in English until the administrator deletes it", () -> {
            browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.waitForText(By.id("home-announcements"), "Office closed Friday");
            browser.signOut();
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.open("/announcement/announcements.xhtml");
            browser.click("list:table:0:delete");
            browser.confirm();
            browser.waitForText(GROWL, "The announcement is deleted.");
            browser.open("/index.xhtml");
            assertFalse(browser.isPresent(By.id("home-announcements")));
        });
    }

    private static Path readingList() {
        try {
            Path file = Files.createTempDirectory("forum").resolve("reading-list.txt");
            Files.writeString(file, READING_LIST);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first dismiss button of the home page's announcements, whatever id the repeat gave it. */
    private static String dismissButton(Browser browser) {
        return browser.waitFor(By.cssSelector("[id^='announcements:'][id$=':dismiss']")).getAttribute("id");
    }
}
