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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A demo person's calendar feed, downloaded without signing in as a calendar program would, the home panel, and the
 * calendar page with its month, week and agenda in both languages.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class CalendarFeedIT {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");
    private static final Pattern PAGE_UID = Pattern.compile("data-uid=\"([^\"]+)\"");
    private static final Pattern FEED_EVENT = Pattern.compile("UID:([^\r\n]+)\r\nDTSTAMP:[^\r\n]+\r\nDTSTART[^:]*:(\\d{8})");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

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
        WebSession renee = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        String home = renee.get("/index.xhtml").body();
        assertTrue(home.contains("id=\"home-upcoming\""));
        assertTrue(home.contains("Individual supervision, " + DemoYears.now().currentName()), "she supervises every fortnight");
        assertTrue(home.contains("/supervision/session.xhtml"));
        WebSession maria = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        String casa = maria.get("/index.xhtml").body();
        assertTrue(casa.contains("Sesiones y reuniones de esta semana"), "a trainee's home shows her week instead");
        // her individual supervision comes every other week, so the seven days ahead may hold none
        assertTrue(casa.contains("No hay sesiones ni reuniones en los próximos siete días.")
                || casa.contains("Supervisión Individual")
                && casa.matches("(?s).*(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \\d+ de .*"), "dated in Spanish");
    }

    @Test
    void theFeedCarriesTheSameEventsAsTheCalendarPageForTheSameDays() {
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        LocalDate today = LocalDate.now(PacificTime.ZONE);
        String page = james.get("/calendar/calendar.xhtml?view=agenda&date=" + today).body();
        Set<String> onPage = new TreeSet<>();
        PAGE_UID.matcher(page).results().forEach(m -> onPage.add(m.group(1)));
        assertTrue(onPage.stream().anyMatch(uid -> uid.startsWith("assignment-due-")), "his due work: " + onPage);
        assertTrue(onPage.stream().anyMatch(uid -> uid.startsWith("supervision-")), "his supervision: " + onPage);

        String feed = WebSession.anonymous().get(feedPath(james)).body().replace("\r\n ", "");
        Set<String> inFeed = new TreeSet<>();
        LocalDate last = today.plusDays(27);
        FEED_EVENT.matcher(feed).results().forEach(m -> {
            LocalDate day = LocalDate.parse(m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
            if (!day.isBefore(today) && !day.isAfter(last)) {
                inFeed.add(m.group(1));
            }
        });
        assertEquals(onPage, inFeed, "the agenda's four weeks and the feed's same days");
    }

    @Test
    void theCalendarPageShowsMonthWeekAndAgendaInSpanishAndEnglishAndTheFeedAddressCopies(Browser browser) {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        LocalDate today = LocalDate.now(PacificTime.ZONE);
        browser.click("nav-my-calendar");
        String month = today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SPANISH);
        browser.waitForText(By.id("calendar-heading"), month);
        assertTrue(browser.text(By.cssSelector("#calendar-month thead")).contains(
                DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT, SPANISH)), "Spanish day names");
        assertTrue(browser.isPresent(By.cssSelector("#calendar-month td.lms-cal-today[aria-current='date']")));

        browser.click("calendar-next");
        browser.waitForText(By.id("calendar-heading"), today.plusMonths(1).getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SPANISH));
        browser.click("calendar-today");
        browser.waitForText(By.id("calendar-heading"), month);

        browser.click("calendar-week");
        browser.waitFor(By.id("calendar-days"));
        assertEquals(7, browser.driver().findElements(By.cssSelector("#calendar-days > li")).size());
        assertTrue(browser.text(By.id("calendar-days")).contains("domingo"));

        browser.click("calendar-agenda");
        browser.waitForText(By.cssSelector(".lms-cal-layouts a[aria-current='page']"), "Agenda");
        assertTrue(browser.text(By.id("calendar-days")).contains("Fecha de entrega: Module 1 reading check"));
        assertTrue(browser.text(By.cssSelector("#calendar-days .lms-cal-supervision")).contains("Supervisión"));
        assertTrue(browser.text(By.id("calendar-legend")).contains("Comunidad de Práctica"));
        assertTrue(browser.driver().findElement(By.cssSelector("#calendar-days .lms-cal-assignment-due a"))
                .getAttribute("href").contains("/course/assignment.xhtml?id="), "an entry leads to its page");

        browser.driver().manage().window().setSize(PHONE);
        try {
            for (String view : new String[] {"month", "week", "agenda"}) {
                browser.open("/calendar/calendar.xhtml?view=" + view);
                Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth + ' of ' + document.documentElement.clientWidth");
                String[] both = String.valueOf(widths).split(" of ");
                assertEquals(both[1], both[0], view + " fits the phone: " + widths);
            }
        } finally {
            browser.driver().manage().window().setSize(DESKTOP);
        }

        browser.open("/calendar/feed.xhtml");
        browser.click("copy");
        browser.waitForText(By.id("copy-status"), "Copiada");
        browser.useEnglish();
        browser.click("copy");
        browser.waitForText(By.id("copy-status"), "Copied");
        assertTrue(browser.driver().findElement(By.id("feed:url")).getAttribute("value").matches(".*/calendar/[A-Za-z0-9_-]+\\.ics"));
        browser.signOut();

        browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/calendar/calendar.xhtml?view=agenda");
        assertTrue(browser.text(By.cssSelector("#calendar-days .lms-cal-assignment-due")).contains("Due: "));
        assertTrue(browser.text(By.cssSelector("#calendar-days .lms-cal-supervision")).contains("supervision"));
        browser.click("calendar-month");
        browser.waitForText(By.id("calendar-heading"), today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH));
        assertTrue(browser.text(By.cssSelector("#calendar-month thead")).contains("Sun"));

        // a postback from the calendar (the language switch, signing out) reads the page before its action runs
        browser.useSpanish();
        browser.waitForText(By.id("calendar-heading"), today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SPANISH));
        browser.signOut();
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
