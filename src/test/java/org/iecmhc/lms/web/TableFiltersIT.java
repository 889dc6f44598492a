package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The long tables are narrowed by the controls above them, whose values their queries use. None offers a filter box
 * in a column header that its query would ignore: PrimeFaces draws one under every column given a {@code field}
 * unless the column says {@code filterable="false"}, and typing into it changed nothing.
 */
@ExtendWith(RunningApplication.class)
class TableFiltersIT {

    private static WebSession admin;

    @BeforeAll
    static void signIn() {
        admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/account/accounts.xhtml", "/provider/providers.xhtml", "/supervision/sessions.xhtml",
            "/course/admin/courses.xhtml", "/helpline/calls.xhtml"})
    void noColumnOffersAFilterItsQueryWouldIgnore(String page) {
        HttpResponse<String> answer = admin.get(page);
        assertEquals(200, answer.statusCode(), page);
        assertTrue(answer.body().contains("ui-datatable"), "the table is there");
        assertFalse(answer.body().contains("ui-column-filter"), "no filter box in a column header");
    }
}
