package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and endpoint, visited as every role and as nobody: allowed ones answer, the others are refused
 * (sign-in for anonymous pages, 401 for an anonymous API call, 403 otherwise). A new page joins with one line.
 */
@ExtendWith(RunningApplication.class)
class AccessMatrixIT {

    enum Who {
        ANONYMOUS(null), TRAINEE(DemoPerson.TRAINEE_EN), FACULTY(DemoPerson.FACULTY), ADMINISTRATOR(DemoPerson.ADMIN),
        HELPLINE_STAFF(DemoPerson.HELPLINE), CONSULTANT(DemoPerson.CONSULTANT);

        final DemoPerson person;

        Who(DemoPerson person) {
            this.person = person;
        }
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    /** Also the pages {@code AccessibilityIT} scans. */
    static final List<Access> MATRIX = List.of(
            page("/login.xhtml", EVERYONE),
            page("/error/not-found.xhtml", EVERYONE),
            page("/error/forbidden.xhtml", EVERYONE),
            page("/error/expired.xhtml", EVERYONE),
            page("/error/failure.xhtml", EVERYONE),
            page("/error/bad-request.xhtml", EVERYONE),
            page("/error/too-large.xhtml", EVERYONE),
            page("/index.xhtml", SIGNED_IN),
            page("/account/settings.xhtml", SIGNED_IN),
            page("/account/forgot-password.xhtml", EVERYONE),
            page("/account/set-password.xhtml", EVERYONE),
            page("/account/set-password.xhtml?token=forged", EVERYONE),
            post("/api/v1/password-reset", "application/json", "{}", 400, EVERYONE),
            // Single sign-on's two legs are open to everyone, and answer 404 where it is not configured (as here).
            hidden("/sso/start", EVERYONE, false),
            hidden("/sso/callback?code=forged&state=forged", EVERYONE, false),
            page("/account/accounts.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/account/account.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/account/account.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/audit/log.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/mail/outbox.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/privacy/registrants.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/mail/mail.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/mail/mail.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/provider/providers.xhtml", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT, Who.FACULTY)),
            page("/provider/provider.xhtml", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT)),
            page("/provider/provider.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT)),
            page("/helpline/call.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/calls.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/import.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/topics.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/helpline/follow-ups.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/follow-up.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/hand-off.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/consultation/requests.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/consultation/request.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/helpline/resources.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/referrals.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/statistics.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/statistics/export?table=all&format=csv", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/calls/export?county=06019", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/opendoor/sessions.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/opendoor/session.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/opendoor/import.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/opendoor/attendance.csv?session=999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), false),
            page("/consultation/assignments.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/consultation/assignment.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/consultation/import.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/support/series-list.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/support/series.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/support/series.xhtml?id=1", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/support/import.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/support/attendance.csv?series=999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), false),
            page("/webinar/webinars.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/webinar/webinar.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            hidden("/webinar/attendance.csv?webinar=999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), false),
            api("/api/v1/me", SIGNED_IN),
            api("/api/v1/tokens", SIGNED_IN),
            post("/api/v1/tokens", "application/json", "{}", 400, SIGNED_IN),
            page("/cohort/cohorts.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/cohort.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/cohort.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/enrollments.xhtml?cohort=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/roster.xhtml?cohort=2", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/enrollment-history.xhtml?cohort=2", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/profile.xhtml?account=3", EnumSet.of(Who.ADMINISTRATOR)),
            page("/cohort/my-profile.xhtml", EnumSet.of(Who.TRAINEE)),
            api("/api/v1/cohorts", EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/cohorts", "application/json", "{}", 400, EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/cohorts/2/enrollments/import?dryRun=true", "text/csv", "email\n", 422,
                    EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/cohorts/2/roster", "text/csv",
                    "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n", 422,
                    EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/helpline/calls", "text/csv", "received_at\n", 422, EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            api("/api/v1/helpline/calls?size=1", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            post("/api/v1/helpline/calls", "application/json", "{}", 400, EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            hidden("/api/v1/helpline/calls/999999999", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/helpline/calls/999999999", "application/json", "{}", 404,
                    EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            api("/api/v1/consultation/assignments", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/consultation/assignments/import?dryRun=true", "text/csv", "provider\n", 422,
                    EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/consultation/assignments/999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), true),
            post("/api/v1/consultation/assignments/999999999/activities", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            api("/api/v1/opendoor/sessions", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/opendoor/sessions", "application/json", "{}", 400, EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/opendoor/sessions/import?dryRun=true", "text/csv", "held_on\n", 422, EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/opendoor/sessions/999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/opendoor/sessions/999999999/registration", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/opendoor/sessions/year", "application/json", "{\"sessionId\": 999999999}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/opendoor/sessions/999999999/attendance", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            api("/api/v1/webinars", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/webinars", "application/json", "{}", 400, EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            hidden("/api/v1/webinars/999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/webinars/999999999", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            call("PUT", "/api/v1/webinars/999999999/registration", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            call("PUT", "/api/v1/webinars/999999999/recording", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            api("/api/v1/support/series", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/support/series", "application/json", "{}", 400, EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            hidden("/api/v1/support/series/999999999", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR), true),
            post("/api/v1/support/series/import?dryRun=true", "text/csv", "title\n", 422, EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/support/series/999999999/enrollments", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/support/series/999999999/sessions/999999999/attendance", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            api("/api/v1/providers?size=1", EnumSet.of(Who.FACULTY, Who.CONSULTANT, Who.ADMINISTRATOR)),
            hidden("/api/v1/providers/999999999", EnumSet.of(Who.FACULTY, Who.CONSULTANT, Who.ADMINISTRATOR), true),
            post("/api/v1/providers", "application/json", "{}", 400, EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            call("PUT", "/api/v1/providers/999999999", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/providers/999999999/confirmation", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            post("/api/v1/providers/999999999/merge", "application/json", "{}", 404,
                    EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/course/admin/courses.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/admin/course.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/admin/assignment.xhtml?course=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/view.xhtml?id=1", SIGNED_IN),
            hidden("/course/file?id=999999", SIGNED_IN, false),
            page("/course/mine.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/course/assignment.xhtml?id=1", EnumSet.of(Who.TRAINEE)),
            page("/course/teaching.xhtml", EnumSet.of(Who.FACULTY)),
            page("/course/queue.xhtml", EnumSet.of(Who.FACULTY)),
            page("/course/grade.xhtml?id=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/course/gradebook.xhtml?course=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/course/copy.xhtml?course=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/course/file?id=999999&inline", SIGNED_IN, false),
            hidden("/api/v1/submissions/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            page("/community/series-list.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/community/series.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/community/series.xhtml?id=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/community/mine.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/community/import.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/community/attendance.csv?series=999999999", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR), false),
            post("/api/v1/community/meetings/import?dryRun=true", "text/csv", "cohort\n", 422, EnumSet.of(Who.ADMINISTRATOR)),
            page("/announcement/announcements.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/forum/forums.xhtml", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            page("/forum/forum.xhtml?kind=cohort&id=999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            page("/forum/thread.xhtml?id=999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/forum/file?id=999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), false),
            page("/reporting/impact.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/reporting/demographics.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/reporting/completion.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/reporting/testimonials.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/reporting/testimonials/export?year=2024-2025&lang=es", EnumSet.of(Who.ADMINISTRATOR)),
            page("/reporting/export?report=completion&format=csv", EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/reports/impact", EnumSet.of(Who.ADMINISTRATOR)),
            // The published figures are for everyone; a range not published is not found, whoever asks.
            page("/numbers/index.xhtml", EVERYONE),
            hidden("/numbers/figures.xhtml?range=2021-2022_2021-2022", EVERYONE, false),
            api("/api/v1/reports/demographics", EnumSet.of(Who.ADMINISTRATOR)),
            open("/health"),
            open("/openapi"),
            page("/supervision/sessions.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/supervision/session.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/supervision/session.xhtml?id=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/supervision/mine.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/supervision/notes.xhtml", EnumSet.of(Who.FACULTY)),
            page("/supervision/supervisors.xhtml?cohort=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/supervision/import.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/supervision/attendance.csv?session=999999999", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR), false),
            post("/api/v1/supervision/sessions/import?dryRun=true", "text/csv", "cohort\n", 422,
                    EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/supervision/sessions?cohort=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/calendar/feed.xhtml", SIGNED_IN),
            page("/calendar/calendar.xhtml", SIGNED_IN),
            page("/calendar/calendar.xhtml?view=agenda", SIGNED_IN),
            hidden("/calendar/no-such-feed-token-000000000.ics", EVERYONE, false),
            page("/practicum/log.xhtml", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/practicum/log.xhtml?placement=999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), false),
            page("/practicum/placements.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/practicum/placement.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/practicum/placement.xhtml?id=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/practicum/placement.xhtml?id=999999", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR), false),
            page("/practicum/review.xhtml", EnumSet.of(Who.FACULTY)),
            page("/evaluation/templates.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/evaluation/template.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/evaluation/courses.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/evaluation/course.xhtml?course=1", EnumSet.of(Who.TRAINEE)),
            page("/evaluation/my-competency.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/evaluation/results.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/evaluation/result.xhtml?course=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/evaluation/competencies.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/evaluation/competency.xhtml?enrollment=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/completion/board.xhtml", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/completion/board.xhtml?cohort=1", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            page("/completion/progress.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/completion/certificates.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/completion/certificates.xhtml?cohort=1", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/completion/certificate?enrollment=999999", SIGNED_IN, false),
            hidden("/verify/ZZZZZZZZZZZZ", EVERYONE, false),
            hidden("/completion/verify.xhtml?code=ZZZZZZZZZZZZ", EVERYONE, false),
            api("/api/v1/cohorts/1/completion", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            api("/api/v1/accounts/1/export", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/accounts/999999/export", EnumSet.of(Who.ADMINISTRATOR), true),
            api("/api/v1/registrants/export?email=nobody@family.example.org", EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/registrants/erasure", "application/json", "{}", 400, EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/evaluation/courses/999999/summary", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR), true),
            page("/notification/notifications.xhtml", SIGNED_IN),
            page("/notification/preferences.xhtml", SIGNED_IN),
            page("/notification/unsubscribe.xhtml?token=forged", EVERYONE),
            // Providers register without an account: the list, an offering's page and the mailed links are open to all.
            page("/offerings/index.xhtml", EVERYONE),
            page("/offerings/offering.xhtml?o=opendoor-999999", EVERYONE),
            page("/offerings/offering.xhtml?o=webinar-999999", EVERYONE),
            page("/offerings/confirm.xhtml?token=forged", EVERYONE),
            page("/offerings/cancel.xhtml?token=forged", EVERYONE),
            page("/survey/answer.xhtml?token=forged", EVERYONE),
            hidden("/offerings/invitation.ics?token=forged", EVERYONE, false),
            api("/api/v1/notifications", SIGNED_IN),
            post("/api/v1/notifications/999999/read", "application/json", "", 404, SIGNED_IN),
            api("/api/v1/practicum/placements", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/api/v1/practicum/placements/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            api("/api/v1/practicum/entries", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/api/v1/practicum/entries/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            post("/api/v1/practicum/entries", "application/json", "{}", 400, EnumSet.of(Who.TRAINEE)),
            post("/api/v1/practicum/entries/999999/approval", "application/json", "", 404, EnumSet.of(Who.FACULTY)),
            post("/api/v1/practicum/entries/999999/return", "application/json", "{}", 404, EnumSet.of(Who.FACULTY)),
            api("/api/v1/evaluation/competencies", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/api/v1/evaluation/competencies/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/evaluation/competencies/999999", "application/json", "{}", 404, EnumSet.of(Who.FACULTY)),
            api("/api/v1/certificates?cohort=1", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/certificates/999999", EnumSet.of(Who.TRAINEE, Who.ADMINISTRATOR), true),
            post("/api/v1/certificates", "application/json", "{}", 400, EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/certificates/verification/ZZZZZZZZZZZZ", EVERYONE),
            api("/api/v1/reports/reach", EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/reports/completion", EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/reports/impact?format=csv", EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/reports/helpline", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            api("/api/v1/reports/helpline?format=csv", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            api("/api/v1/reports/referrals", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            api("/api/v1/accounts", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/accounts/999999", EnumSet.of(Who.ADMINISTRATOR), true),
            post("/api/v1/accounts", "application/json", "{}", 400, EnumSet.of(Who.ADMINISTRATOR)),
            call("PUT", "/api/v1/accounts/999999/roles", "application/json", "{}", 404, EnumSet.of(Who.ADMINISTRATOR)),
            post("/api/v1/accounts/999999/deactivation", "application/json", "", 404, EnumSet.of(Who.ADMINISTRATOR)),
            call("DELETE", "/api/v1/accounts/999999/deactivation", null, "", 404, EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/cohorts/1/enrollments", EnumSet.of(Who.ADMINISTRATOR)),
            hidden("/api/v1/cohorts/1/enrollments/999999", EnumSet.of(Who.ADMINISTRATOR), true),
            post("/api/v1/cohorts/1/enrollments", "application/json", "{}", 400, EnumSet.of(Who.ADMINISTRATOR)),
            call("PUT", "/api/v1/cohorts/1/enrollments/999999", "application/json", "{}", 404,
                    EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/profiles/me", EnumSet.of(Who.TRAINEE)),
            call("PUT", "/api/v1/profiles/me", "application/json", "{\"county\": 5}", 400, EnumSet.of(Who.TRAINEE)),
            hidden("/api/v1/profiles/999999", EnumSet.of(Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/profiles/999999", "application/json", "{}", 404, EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/courses", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/api/v1/courses/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            hidden("/api/v1/submissions?assignment=999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/submissions/999999/grade", "application/json", "{}", 404, EnumSet.of(Who.FACULTY)),
            call("PUT", "/api/v1/supervision/sessions/999999/attendance", "application/json", "{}", 404,
                    EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            api("/api/v1/community/meetings", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)),
            hidden("/api/v1/community/meetings/999999", EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR), true),
            call("PUT", "/api/v1/community/meetings/999999/attendance", "application/json", "{}", 404,
                    EnumSet.of(Who.FACULTY, Who.ADMINISTRATOR)));

    @TestFactory
    List<DynamicTest> everyPageAndEndpointAsEveryone() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (Access access : MATRIX) {
            for (Who who : Who.values()) {
                boolean allowed = access.allowed.contains(who);
                tests.add(DynamicTest.dynamicTest((access.body == null ? "" : access.method + " ") + access.path + " as " + who + (allowed ? " is allowed" : " is refused"),
                        () -> check(access, who, allowed, sessions)));
            }
        }
        return tests;
    }

    private static void check(Access access, Who who, boolean allowed, Map<Who, WebSession> sessions) {
        HttpResponse<String> response;
        String email = who.person == null ? null : who.person.email();
        if (access.body != null) {
            response = WebSession.api(access.method, access.path, email, DemoData.PASSWORD, access.contentType, access.body);
        } else if (access.api) {
            response = WebSession.api("GET", access.path, email, DemoData.PASSWORD);
        } else {
            WebSession session = sessions.computeIfAbsent(who, w -> w.person == null ? WebSession.anonymous()
                    : WebSession.signedIn(w.person.email(), DemoData.PASSWORD));
            response = session.get(access.path);
        }
        int status = response.statusCode();
        if (allowed) {
            assertEquals(access.allowedStatus, status, "expected the page to answer");
        } else if (who == Who.ANONYMOUS && access.api) {
            assertEquals(401, status);
        } else if (who == Who.ANONYMOUS) {
            assertEquals(302, status);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        } else {
            assertEquals(403, status);
        }
    }

    private static Access page(String path, Set<Who> allowed) {
        return new Access(path, allowed, false, "GET", null, null, 200);
    }

    private static Access api(String path, Set<Who> allowed) {
        return new Access(path, allowed, true, "GET", null, null, 200);
    }

    /**
     * An API call that changes data, made with a body it refuses (with {@code allowedStatus}) so the matrix creates
     * nothing: what matters is that the caller got past the role check, or not.
     */
    private static Access post(String path, String contentType, String body, int allowedStatus, Set<Who> allowed) {
        return call("POST", path, contentType, body, allowedStatus, allowed);
    }

    /** As {@link #post}, with another method that changes data (PUT, PATCH, DELETE); DELETE sends an empty body. */
    private static Access call(String method, String path, String contentType, String body, int allowedStatus,
                               Set<Who> allowed) {
        return new Access(path, allowed, true, method, contentType, body, allowedStatus);
    }

    private static Access open(String path) {
        return new Access(path, EVERYONE, false, "GET", null, null, 200);
    }

    /** A record-level address: the roles allowed past the door get 404 for a record that is not theirs (or absent). */
    private static Access hidden(String path, Set<Who> allowed, boolean api) {
        return new Access(path, allowed, api, "GET", null, null, 404);
    }

    record Access(String path, Set<Who> allowed, boolean api, String method, String contentType, String body,
                  int allowedStatus) {

        /** A Faces page that answers the roles allowed on it, as opposed to an API call, a download or a 404. */
        boolean isPage() {
            return !api && allowedStatus == 200 && path.contains(".xhtml");
        }
    }
}
