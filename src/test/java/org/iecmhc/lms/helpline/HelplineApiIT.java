package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/helpline/calls: a CSV body imported all or nothing, in one request even for 100,000 lines. */
@ExtendWith(RunningApplication.class)
class HelplineApiIT {

    private static final String HEADER = "received_at,duration_minutes,caller_role,caller_key,county,language,topics,consultation_recommended\n";

    @Test
    void aFileWithBadLinesIsRefusedWithEveryLineNamed() {
        String csv = HEADER + "2023-10-02T09:15,20,CENTER_STAFF,k1,Fresno,es,biting,yes\n"
                + "2023-10-02T10:15,500,CENTER_STAFF,k2,Arizona,es,biting,yes\n"
                + "2023-10-02T11:15,20,NOBODY,k3,Fresno,xx,biting,yes\n";
        HttpResponse<String> response = post(csv, DemoPerson.HELPLINE);
        assertEquals(422, response.statusCode(), response.body());
        JsonArray errors = Json.createReader(new StringReader(response.body())).readObject().getJsonArray("errors");
        assertEquals(4, errors.size(), response.body());
        assertEquals(3, errors.getJsonObject(0).getInt("line"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("500"));
        assertEquals(4, errors.getJsonObject(3).getInt("line"));
    }

    @Test
    void aHundredThousandCallsImportInOneRequest() {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime start = LocalDateTime.of(2021, 7, 1, 8, 0);
        for (int i = 0; i < 100_000; i++) {
            csv.append(start.plusMinutes(5L * i)).append(',').append(1 + i % 120).append(",FCC_PROVIDER,api-").append(i % 5000)
                    .append(",Los Angeles,en,separation;sleep,").append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        long began = System.nanoTime();
        HttpResponse<String> response = post(csv.toString(), DemoPerson.ADMIN);
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("POST /api/v1/helpline/calls with 100,000 lines (%,d bytes): HTTP %d in %d ms%n",
                csv.length(), response.statusCode(), millis);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(100_000, body.getInt("imported"));
    }

    @Test
    void onlyHelplineStaffAndAdministratorsMayImport() {
        assertEquals(403, post(HEADER, DemoPerson.CONSULTANT).statusCode());
        assertEquals(403, post(HEADER, DemoPerson.TRAINEE).statusCode());
        assertEquals(401, WebSession.api("POST", "/api/v1/helpline/calls", null, null, "text/csv", HEADER).statusCode());
    }

    private static HttpResponse<String> post(String csv, DemoPerson person) {
        return WebSession.api("POST", "/api/v1/helpline/calls", person.email(), DemoData.PASSWORD, "text/csv", csv);
    }
}
