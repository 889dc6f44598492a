package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The private instance keeps its HTTP sessions in Hazelcast, as each instance of a cluster does, so every request
 * serialises the session with the Faces view state (the view-scoped views and what their lists and forms hold).
 * A part that cannot be serialised is left out with the warning "Cannot serialize session attribute", and a person
 * whose next request reaches another instance finds that view empty: a list loses its page, a form its record.
 * {@code SessionStateSerializableTest} checks the classes; this checks what the pages really put in the session.
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
class SessionReplicationIT {

    private static final String NOT_SERIALIZED = "Cannot serialize session attribute";

    /** The administrator's pages with lists and forms, each of them kept in the session as view state. */
    private static final List<String> PAGES = List.of("/index.xhtml", "/account/settings.xhtml",
            "/account/accounts.xhtml", "/account/account.xhtml?id=1", "/audit/log.xhtml", "/provider/providers.xhtml",
            "/provider/provider.xhtml?id=1", "/helpline/call.xhtml", "/helpline/calls.xhtml", "/helpline/import.xhtml",
            "/helpline/topics.xhtml", "/opendoor/sessions.xhtml", "/opendoor/session.xhtml",
            "/consultation/assignments.xhtml", "/consultation/assignment.xhtml", "/support/series-list.xhtml",
            "/support/series.xhtml?id=1", "/cohort/cohorts.xhtml", "/cohort/cohort.xhtml?id=1",
            "/cohort/enrollments.xhtml?cohort=1", "/cohort/roster.xhtml?cohort=2", "/cohort/profile.xhtml?account=3",
            "/course/admin/courses.xhtml", "/course/admin/course.xhtml", "/course/admin/assignment.xhtml?course=1",
            "/course/view.xhtml?id=1", "/community/series-list.xhtml", "/community/series.xhtml?id=1",
            "/reporting/impact.xhtml", "/reporting/demographics.xhtml", "/reporting/completion.xhtml",
            "/supervision/sessions.xhtml", "/supervision/session.xhtml?id=1", "/calendar/feed.xhtml",
            "/practicum/log.xhtml", "/practicum/placements.xhtml", "/practicum/placement.xhtml?id=1",
            "/evaluation/templates.xhtml", "/evaluation/template.xhtml?id=1", "/evaluation/results.xhtml",
            "/evaluation/result.xhtml?course=1", "/evaluation/competencies.xhtml",
            "/evaluation/competency.xhtml?enrollment=1", "/completion/board.xhtml?cohort=1");

    @Test
    void everyPageLeavesItsViewStateSerializableForAnotherInstance() {
        WebSession admin = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.41");
        assertEquals(302, admin.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD).statusCode());
        for (String page : PAGES) {
            assertEquals(200, admin.get(page).statusCode(), page);
        }
        List<String> warnings = PrivateApplication.log().lines().filter(line -> line.contains(NOT_SERIALIZED)).toList();
        assertEquals(List.of(), warnings, "session parts the cluster could not store");
    }
}
