package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints how many calls a second {@code GET /api/v1/me} takes with an access token and with HTTP Basic, beside
 * {@code /health} (no sign-in at all), in the same run on the shared instance: one client, calls one after another,
 * 40 of each in the suite ({@code -Dlms.benchmark.tokenCalls=2000} for the published figures) after a warm-up of as
 * many (200 at most), in rounds that take turns. The figures go to docs/performance.md ("Token authentication"); only
 * the answers are checked in the suite, not the times, which depend on the machine.
 */
@ExtendWith(RunningApplication.class)
class TokenAuthenticationBenchmarkIT {

    private static final int CALLS = Integer.getInteger("lms.benchmark.tokenCalls", 40);
    private static final int WARM_UP = Math.min(200, CALLS);
    private static final int ROUNDS = 4;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void meWithATokenWithBasicAndHealthOneAfterAnother() throws Exception {
        String admin = DemoPerson.ADMIN.email();
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/tokens", admin, DemoData.PASSWORD,
                "application/json", "{\"name\": \"benchmark\", \"scopes\": [\"accounts:read\"], \"expiresOn\": \""
                        + LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String token = Json.createReader(new StringReader(created.body())).readObject().getString("token");
        String basic = Base64.getEncoder().encodeToString((admin + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpRequest withToken = request("/api/v1/me", "Bearer " + token);
        HttpRequest withBasic = request("/api/v1/me", "Basic " + basic);
        HttpRequest health = request("/health", null);
        // Warmed up first, then measured in rounds that take turns, so that a busy moment of a shared machine falls
        // on all three rather than on one.
        for (HttpRequest request : List.of(withToken, withBasic, health)) {
            seconds(request, WARM_UP);
        }
        double[] spent = new double[3];
        for (int round = 0; round < ROUNDS; round++) {
            spent[0] += seconds(withToken, CALLS / ROUNDS);
            spent[1] += seconds(withBasic, CALLS / ROUNDS);
            spent[2] += seconds(health, CALLS / ROUNDS);
        }
        String report = "Token authentication, " + CALLS + " calls each, one after another, in " + ROUNDS + " rounds:\n"
                + line("GET /api/v1/me, Bearer token", spent[0]) + line("GET /api/v1/me, HTTP Basic", spent[1])
                + line("GET /health, no sign-in", spent[2]);
        System.out.println(report);
        assertEquals(204, WebSession.api("DELETE", "/api/v1/tokens/"
                + Json.createReader(new StringReader(created.body())).readObject().getInt("id"), admin, DemoData.PASSWORD)
                .statusCode());
    }

    private double seconds(HttpRequest request, int calls) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            assertEquals(200, answer.statusCode(), request.uri() + " " + request.headers().firstValue("Authorization")
                    .map(a -> a.substring(0, a.indexOf(' '))).orElse("without sign-in"));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static HttpRequest request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).GET()
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private static String line(String what, double seconds) {
        double rate = CALLS / seconds;
        return String.format(Locale.ROOT, "  %-32s %8.0f calls/s (%.2f ms a call)%n", what, rate, 1000 / rate);
    }
}
