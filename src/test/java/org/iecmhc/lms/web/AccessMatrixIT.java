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
            page("/providers/providers.xhtml", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT, Who.HELPLINE_STAFF, Who.FACULTY)),
            page("/providers/provider.xhtml", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT)),
            page("/providers/provider.xhtml?id=1", EnumSet.of(Who.ADMINISTRATOR, Who.CONSULTANT)),
            page("/helpline/call.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/calls.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/import.xhtml", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
            page("/helpline/topics.xhtml", EnumSet.of(Who.ADMINISTRATOR)),
            page("/opendoor/sessions.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            page("/opendoor/session.xhtml", EnumSet.of(Who.CONSULTANT, Who.ADMINISTRATOR)),
            api("/api/v1/me", SIGNED_IN),
            apiPost("/api/v1/helpline/calls", "text/csv", "received_at\n", EnumSet.of(Who.HELPLINE_STAFF, Who.ADMINISTRATOR)),
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
            String email = who.person == null ? null : who.person.email();
            response = access.body == null ? WebSession.api("GET", access.path, email, DemoData.PASSWORD)
                    : WebSession.api("POST", access.path, email, DemoData.PASSWORD, access.contentType, access.body);
        } else {
            WebSession session = sessions.computeIfAbsent(who, w -> w.person == null ? WebSession.anonymous()
                    : WebSession.signedIn(w.person.email(), DemoData.PASSWORD));
            response = session.get(access.path);
        }
        int status = response.statusCode();
        if (allowed && access.body != null) {
            assertTrue(status != 401 && status != 403, "expected the call to be let through, got " + status);
        } else if (allowed) {
            assertEquals(200, status, "expected the page to answer");
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
        return new Access(path, allowed, false, null, null);
    }

    private static Access api(String path, Set<Who> allowed) {
        return new Access(path, allowed, true, null, null);
    }

    /** A POST endpoint; the body need not be valid: being let through (even to a 422) is what is checked. */
    private static Access apiPost(String path, String contentType, String body, Set<Who> allowed) {
        return new Access(path, allowed, true, contentType, body);
    }

    private static Access open(String path) {
        return new Access(path, EVERYONE, false, null, null);
    }

    private record Access(String path, Set<Who> allowed, boolean api, String contentType, String body) {
    }
}
