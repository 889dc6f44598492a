package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages of the features written after the cohort and provider forms ({@code ConcurrentEditBrowserIT}) answer a
 * concurrent edit the same way: two administrators open the same record, the first saves, the second's save gets
 * the translated message with the reload link and keeps what was typed, and reloading shows the first person's
 * change, which is what the database holds. Form posts over HTTP, as the pages send them: cheaper than browsers.
 * Each test puts the demo record back as it was.
 */
@ExtendWith(RunningApplication.class)
class ConcurrentEditIT {

    private static final Pattern RELOAD = Pattern.compile("<a id=\"reload\" href=\"([^\"]+)\"");

    @Test
    void aSupervisionSessionSavedMeanwhileIsNotOverwritten() {
        assertSecondSaveRefused(new Edit("/supervision/session.xhtml?id=1", "session", "session:topic", "session:save"));
    }

    @Test
    void aCommunityOfPracticeMeetingSavedMeanwhileIsNotOverwritten() {
        assertSecondSaveRefused(new Edit("/community/series.xhtml?id=1", "meetings", "meetings:table:0:topic",
                "meetings:table:0:saveMeeting"));
    }

    @Test
    void aPracticumPlacementSavedMeanwhileIsNotOverwritten() {
        assertSecondSaveRefused(new Edit("/practicum/placement.xhtml?id=1", "placement", "placement:mentorName",
                "placement:save"));
    }

    @Test
    void aSurveyTemplateRenamedMeanwhileIsNotOverwritten() {
        assertSecondSaveRefused(new Edit("/evaluation/template.xhtml?id=1", "template", "template:title", "template:save"));
    }

    /**
     * The message's first sentence in either language: the shared application's administrator may have been left
     * in Spanish by another test, and the page speaks the signed-in person's language.
     */
    private static boolean showsChangedMeanwhile(String body) {
        return Stream.of(Locale.ENGLISH, Locale.forLanguageTag("es"))
                .map(locale -> ResourceBundle.getBundle("org.iecmhc.lms.messages", locale)
                        .getString("record.changedMeanwhile").split("\\. ")[0])
                .anyMatch(body::contains);
    }

    private static void assertSecondSaveRefused(Edit edit) {
        WebSession first = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        WebSession second = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        Map<String, String> firstForm = edit.form(first);
        Map<String, String> secondForm = edit.form(second);
        String stored = firstForm.get(edit.field());
        try {
            HttpResponse<String> saved = edit.save(first, firstForm, "First person's change");
            assertEquals(200, saved.statusCode());
            assertFalse(saved.body().contains("id=\"record-changed\""), "the first save goes through");
            assertEquals("First person's change", WebSession.formFields(saved.body(), edit.formId()).get(edit.field()));

            HttpResponse<String> refused = edit.save(second, secondForm, "Second person's change");
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("id=\"record-changed\""), edit.page() + ": no concurrent-edit message");
            assertTrue(showsChangedMeanwhile(refused.body()), edit.page() + ": the message's text");
            assertEquals("Second person's change", WebSession.formFields(refused.body(), edit.formId()).get(edit.field()),
                    "what the second person typed stays on the page");
            Matcher reload = RELOAD.matcher(refused.body());
            assertTrue(reload.find(), "a reload link");
            String link = reload.group(1).replace("&amp;", "&");
            assertTrue(link.contains("id=1"), "the link reloads the same record: " + link);

            HttpResponse<String> reloaded = second.get(link);
            assertEquals(200, reloaded.statusCode());
            assertFalse(reloaded.body().contains("id=\"record-changed\""));
            assertEquals("First person's change", WebSession.formFields(reloaded.body(), edit.formId()).get(edit.field()),
                    "the first save is what was stored");
        } finally {
            Map<String, String> fresh = edit.form(first);
            assertFalse(edit.save(first, fresh, stored).body().contains("id=\"record-changed\""), "demo record put back");
        }
    }

    private record Edit(String page, String formId, String field, String button) {

        Map<String, String> form(WebSession session) {
            return WebSession.formFields(session.get(page).body(), formId);
        }

        HttpResponse<String> save(WebSession session, Map<String, String> fields, String value) {
            fields.put(field, value);
            fields.put(formId, formId);
            fields.put(button, "");
            return session.post(page, fields);
        }
    }
}
