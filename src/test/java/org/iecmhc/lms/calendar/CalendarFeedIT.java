package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A demo person's calendar feed, downloaded without signing in as a calendar program would, and the home panel. */
@ExtendWith(RunningApplication.class)
class CalendarFeedIT {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");

    @Test
    void jamesFeedHasHisSupervisionSessionsInCaliforniaTime() {
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        String feedPath = feedPath(james);
        assertEquals(feedPath, feedPath(james), "the address stays the same until reset");

        HttpResponse<String> feed = WebSession.anonymous().get(feedPath);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals("no-store", feed.headers().firstValue("Cache-Control").orElse(""), "a deactivated feed stops at once");
        String body = feed.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(body.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"));
        assertTrue(body.contains("SUMMARY:Individual supervision\\, " + DemoYears.now().currentName() + "\r\n"), "his individual sessions, commas escaped");
        assertTrue(body.contains("SUMMARY:Group supervision: Reflective practice group\r\n"));
        assertTrue(body.contains("DTSTART;TZID=America/Los_Angeles:"));
        assertTrue(body.contains("T163000\r\nDURATION:PT60M\r\n"), "at 16:30 California time, an hour long");
        assertTrue(body.contains("URL:" + RunningApplication.url("/supervision/mine.xhtml")));
        assertFalse(body.contains("Supervisión"), "in James's language");
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void linksInTheFeedComeFromTheConfiguredAddressNeverFromTheHostHeader() throws IOException {
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        String feedPath = feedPath(james);
        String forged = getWithHost(feedPath, "evil.example");
        assertTrue(forged.startsWith("HTTP/1.1 200"), forged);
        assertTrue(forged.contains("URL:" + RunningApplication.url("/supervision/mine.xhtml")), forged);
        assertFalse(forged.contains("evil.example"), "the forged host appears nowhere");
        assertTrue(james.get("/calendar/feed.xhtml").body().contains(RunningApplication.url(feedPath)),
                "the page shows the feed at the configured address");
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertEquals(404, WebSession.anonymous().get("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").statusCode());
        assertEquals(404, WebSession.anonymous().get("/calendar/x.ics").statusCode());
    }

    @Test
    void resettingTheLinkRevokesTheOldAddress() {
        WebSession maria = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        String page = maria.get("/calendar/feed.xhtml").body();
        String old = path(page);
        assertEquals(200, WebSession.anonymous().get(old).statusCode());
        assertTrue(WebSession.anonymous().get(old).body().contains("SUMMARY:Supervisión Individual: Supervisión individual"),
                "María's feed is in Spanish");
        Map<String, String> fields = new HashMap<>(WebSession.formFields(page, "feed"));
        fields.put("feed:reset", "feed:reset");
        HttpResponse<String> reset = maria.post("/calendar/feed.xhtml", fields);
        String renewed = path(reset.body());
        assertNotEquals(old, renewed);
        assertEquals(404, WebSession.anonymous().get(old).statusCode(), "the old address no longer works");
        assertEquals(200, WebSession.anonymous().get(renewed).statusCode());
    }

    @Test
    void theHomePageListsWhatIsComingInThePersonsLanguage() {
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        String home = james.get("/index.xhtml").body();
        assertTrue(home.contains("id=\"home-upcoming\""));
        assertTrue(home.contains("Individual supervision, " + DemoYears.now().currentName()));
        assertTrue(home.contains("/supervision/mine.xhtml"));
        WebSession maria = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        String casa = maria.get("/index.xhtml").body();
        assertTrue(casa.contains("Próximamente"));
        assertTrue(casa.contains("Supervisión Individual"));
        assertTrue(casa.matches("(?s).*(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \\d+ de .*"), "dated in Spanish");
    }

    private static String feedPath(WebSession session) {
        return path(session.get("/calendar/feed.xhtml").body());
    }

    private static String path(String page) {
        Matcher matcher = FEED.matcher(page);
        assertTrue(matcher.find(), "the page shows the feed address");
        return matcher.group();
    }

    /** HTTP/1.0 by hand: Java's client will not send a Host header of its own choosing, and 1.0 is never chunked. */
    private static String getWithHost(String path, String host) throws IOException {
        URI base = URI.create(RunningApplication.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
