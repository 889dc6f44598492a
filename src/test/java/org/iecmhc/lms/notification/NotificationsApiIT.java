package org.iecmhc.lms.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notifications API: the caller's own, newest first, in their language; another person's is not found. */
@ExtendWith(RunningApplication.class)
class NotificationsApiIT {

    private static final DemoPerson KIM = DemoPerson.HELPLINE;
    private static final DemoPerson ROSA = DemoPerson.CONSULTANT;
    private static long kims;
    private static long rosas;

    /** One notification each, newer than any other, as a feature would have told them. */
    @BeforeAll
    static void tellKimAndRosa() throws SQLException {
        kims = tell(KIM);
        rosas = tell(ROSA);
    }

    @Test
    void anAnonymousCallIsUnauthorized() {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/notifications", null, null);
        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", json(response).getString("detail"));
    }

    @Test
    void eachPersonReadsTheirOwnNewestFirstInTheirLanguage() {
        JsonObject page = json(get(KIM, "?page=0&size=1"));
        assertEquals(1, page.getInt("size"));
        assertTrue(page.getInt("total") >= 1);
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals(kims, newest.getJsonNumber("id").longValue());
        assertEquals("ANNOUNCEMENT", newest.getString("kind"));
        assertEquals("Your work on \"Essay\" (Foundations) was graded.", newest.getString("text"));
        assertEquals("/index.xhtml", newest.getString("link"));

        JsonObject spanish = json(get(ROSA, "?size=1")).getJsonArray("items").getJsonObject(0);
        assertEquals(rosas, spanish.getJsonNumber("id").longValue());
        assertEquals("Su trabajo en «Essay» (Foundations) fue calificado.", spanish.getString("text"));
    }

    @Test
    void anotherPersonsNotificationIsNotFoundAndStaysUnread() {
        HttpResponse<String> foreign = WebSession.api("POST", "/api/v1/notifications/" + rosas + "/read", KIM.email(),
                DemoData.PASSWORD, "application/json", "");
        assertEquals(404, foreign.statusCode());
        assertEquals("not found", json(foreign).getString("detail"));
        assertFalse(json(get(ROSA, "?size=1")).getJsonArray("items").getJsonObject(0).getBoolean("read"));

        HttpResponse<String> own = WebSession.api("POST", "/api/v1/notifications/" + rosas + "/read", ROSA.email(),
                DemoData.PASSWORD, "application/json", "");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(json(own).getBoolean("read"));
    }

    @Test
    void pagingOutsideItsBoundsIsRefused() {
        for (String paging : new String[] {"?size=101", "?size=0", "?page=-1", "?size=abc", "?page=99999999999"}) {
            HttpResponse<String> response = get(KIM, paging);
            assertEquals(400, response.statusCode(), paging);
            assertEquals("page is a whole number from 0 and size one from 1 to 100", json(response).getString("detail"));
        }
    }

    private static HttpResponse<String> get(DemoPerson person, String query) {
        return WebSession.api("GET", "/api/v1/notifications" + query, person.email(), DemoData.PASSWORD);
    }

    private static long tell(DemoPerson person) throws SQLException {
        Sql.execute(RunningApplication.dataSource(), "insert into notification (account_id, kind, message_key, arguments,"
                + " link_path, created_at, digest_due) select id, 'ANNOUNCEMENT', 'notification.graded',"
                + " '[\"Essay\",\"Foundations\"]', '/index.xhtml', '2099-01-01 00:00:00', false from account"
                + " where email = '" + person.email() + "'");
        return Long.parseLong(Sql.rows(RunningApplication.dataSource(), "select max(n.id) from notification n"
                + " join account a on a.id = n.account_id where a.email = '" + person.email() + "'").get(0).get(0));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
