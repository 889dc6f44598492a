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
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    private static final List<Access> MATRIX = List.of(
            page("/login.xhtml", EVERYONE),
            page("/error/not-found.xhtml", EVERYONE),
            page("/error/forbidden.xhtml", EVERYONE),
            page("/error/expired.xhtml", EVERYONE),
            page("/error/failure.xhtml", EVERYONE),
            page("/index.xhtml", SIGNED_IN),
            page("/account/settings.xhtml", SIGNED_IN),
            page("/admin/accounts.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/admin/account.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/admin/account.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/admin/audit.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            api("/api/v1/me", SIGNED_IN),
            page("/course/admin/courses.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/admin/course.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/admin/assignment.xhtml?course=1", EnumSet.of(Who.ADMINISTRATOR)),
            page("/course/view.xhtml?id=1", SIGNED_IN),
            hidden("/course/file?id=999999", SIGNED_IN, false),
            page("/trainee/courses.xhtml", EnumSet.of(Who.TRAINEE)),
            page("/trainee/assignment.xhtml?id=1", EnumSet.of(Who.TRAINEE)),
            page("/faculty/courses.xhtml", EnumSet.of(Who.FACULTY)),
            page("/faculty/queue.xhtml", EnumSet.of(Who.FACULTY)),
            page("/faculty/grade.xhtml?id=1", EnumSet.of(Who.FACULTY)),
            page("/faculty/gradebook.xhtml?course=1", EnumSet.of(Who.FACULTY)),
            hidden("/api/v1/submissions/999999", EnumSet.of(Who.TRAINEE, Who.FACULTY, Who.ADMINISTRATOR), true),
            open("/health"),
            open("/openapi"));

    @TestFactory
    List<DynamicTest> everyPageAndEndpointAsEveryone() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (Access access : MATRIX) {
            for (Who who : Who.values()) {
                boolean allowed = access.allowed.contains(who);
                tests.add(DynamicTest.dynamicTest(access.path + " as " + who + (allowed ? " is allowed" : " is refused"),
                        () -> check(access, who, allowed, sessions)));
            }
        }
        return tests;
    }

    private static void check(Access access, Who who, boolean allowed, Map<Who, WebSession> sessions) {
        HttpResponse<String> response;
        if (access.api) {
            response = WebSession.api("GET", access.path, who.person == null ? null : who.person.email(), DemoData.PASSWORD);
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
        return new Access(path, allowed, false, 200);
    }

    private static Access api(String path, Set<Who> allowed) {
        return new Access(path, allowed, true, 200);
    }

    private static Access open(String path) {
        return new Access(path, EVERYONE, false, 200);
    }

    /** A record-level address: the roles allowed past the door get 404 for a record that is not theirs (or absent). */
    private static Access hidden(String path, Set<Who> allowed, boolean api) {
        return new Access(path, allowed, api, 404);
    }

    private record Access(String path, Set<Who> allowed, boolean api, int allowedStatus) {
    }
}
