package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refusals and failures answer with translated pages that keep the person signed in and never show a stack trace. */
@ExtendWith(RunningApplication.class)
class ErrorPagesIT {

    @Test
    void anUnknownPageAnswersATranslatedNotFoundPageAndTheSessionSurvives() {
        WebSession trainee = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        HttpResponse<String> missing = trainee.get("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertTrue(missing.body().contains("James Carter"), "still shown as signed in");
        assertNoStackTrace(missing.body());
        assertEquals(200, trainee.get("/index.xhtml").statusCode(), "still signed in afterwards");
    }

    @Test
    void aForbiddenPageIsExplainedInTheLanguageOfTheAccount() {
        WebSession spanishTrainee = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        HttpResponse<String> refused = spanishTrainee.get("/account/accounts.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Acceso no permitido"), refused.body());
        assertTrue(refused.body().contains("María López"));
        assertNoStackTrace(refused.body());
    }

    @Test
    void anExpiredViewGetsTheExpiredPage() {
        WebSession session = WebSession.anonymous();
        session.get("/login.xhtml");
        HttpResponse<String> expired = session.post("/login.xhtml", Map.of(
                "login", "login", "login:email", "someone@example.org", "login:password", "whatever it is",
                "login:signIn", "", "jakarta.faces.ViewState", "-123456789:987654321"));
        String location = expired.headers().firstValue("Location").orElse("");
        assertEquals(302, expired.statusCode(), "the exception handler sends the browser to the expired page");
        assertTrue(location.endsWith("/error/expired.xhtml"), location);
        HttpResponse<String> page = session.get("/error/expired.xhtml");
        assertTrue(page.body().contains("Page expired"), page.body());
        assertNoStackTrace(page.body());
    }

    @Test
    void aMalformedRequestNeverShowsAStackTrace() {
        WebSession session = WebSession.anonymous();
        HttpResponse<String> odd = session.get("/jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml.xhtml");
        assertFalse(odd.body().contains("<web-app"), "descriptors are never served");
        assertNoStackTrace(odd.body());
        HttpResponse<String> api = WebSession.api("GET", "/api/v1/no-such-resource", DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(404, api.statusCode());
        assertNoStackTrace(api.body());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains(".java:"), body);
    }
}
