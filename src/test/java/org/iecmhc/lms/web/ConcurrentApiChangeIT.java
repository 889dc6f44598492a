package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clients that read the same version of a record and change it at the same moment: one change is saved, the
 * other is refused (412 when the first was already saved as it was checked, 409 when the optimistic lock caught it
 * at commit), and the record holds one body whole, never a mix of the two.
 */
@ExtendWith(RunningApplication.class)
class ConcurrentApiChangeIT {

    private static final int ROUNDS = 5;

    @Test
    void ofTwoChangesOfTheSameVersionSentTogetherExactlyOneIsSaved() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                race(clients, round);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static void race(ExecutorService clients, int round) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", "/api/v1/cohorts", body("Race " + suffix, "2030-09-01", 10), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String path = "/api/v1/cohorts/" + json(created.body()).getInt("id");
        String tag = call("GET", path, null, Map.of()).headers().firstValue("ETag").orElseThrow();
        List<String> bodies = List.of(body("Race A " + suffix, "2030-08-01", 11), body("Race B " + suffix, "2030-07-01", 22));

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(clients.submit(() -> {
                ready.countDown();
                go.await();
                return call("PUT", path, body, Map.of("If-Match", tag));
            }));
        }
        ready.await();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        int winner = -1;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 200) {
                winner = i;
            } else {
                assertTrue(answer.statusCode() == 409 || answer.statusCode() == 412, "round " + round + ": " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);

        JsonObject stored = json(call("GET", path, null, Map.of()).body());
        JsonObject expected = json(bodies.get(winner));
        for (String field : List.of("name", "startDate", "endDate", "language")) {
            assertEquals(expected.getString(field), stored.getString(field), "round " + round + ": " + field);
        }
        assertEquals(expected.getInt("capacity"), stored.getInt("capacity"), "round " + round + ": the winner whole");
    }

    private static String body(String name, String start, int capacity) {
        return "{\"name\":\"" + name + "\",\"startDate\":\"" + start + "\",\"endDate\":\"2031-06-30\",\"language\":\"en\","
                + "\"capacity\":" + capacity + "}";
    }

    private static HttpResponse<String> call(String method, String path, String body, Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, DemoPerson.ADMIN.email(), DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
