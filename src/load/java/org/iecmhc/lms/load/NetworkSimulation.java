package org.iecmhc.lms.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Administrators and trainees using the running application through its pages, as browsers would: each virtual
 * user signs in through the sign-in form, loops over its pages for the whole run with a short think time, then
 * signs out. Administrators read the impact dashboard, the demographics report and a cohort's completion board;
 * trainees their home page; both also call the health endpoint as the trivial request. Every response must be
 * 200 with its page's marker, otherwise it counts as an error, and the run fails unless there were none.
 *
 * <p>Settings (system properties, e.g. {@code -Dusers=50}): {@code baseUrl} (http://localhost:8080), {@code users}
 * (10; half administrators, half trainees, or {@code adminUsers} and {@code traineeUsers}), {@code duration}
 * seconds each user keeps looping (60), {@code ramp} seconds over which users arrive (users / 2, at least 1),
 * {@code think} mean seconds between pages (1), {@code password}, and {@code traineeFrom}/{@code traineeTo}, the
 * numbers of the trainee accounts to sign in as (the cohorts under way in the full data set: 1601 to 2000).
 */
public class NetworkSimulation extends Simulation {

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String CSP_NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
    private final int users = Integer.getInteger("users", 10);
    private final int adminUsers = Integer.getInteger("adminUsers", users / 2);
    private final int traineeUsers = Integer.getInteger("traineeUsers", users - adminUsers);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("ramp", Math.max(1, users / 2)));
    private final double think = Double.parseDouble(System.getProperty("think", "1"));
    private final String password = System.getProperty("password", "scale-password-2026");
    private final int traineeFrom = Integer.getInteger("traineeFrom", 1601);
    private final int traineeTo = Integer.getInteger("traineeTo", 2000);

    private final HttpProtocolBuilder protocol = protocol(baseUrl, "IECMHC LMS load test (Gatling)");

    private final ScenarioBuilder administrators = scenario("administrator")
            .feed(listFeeder(accounts("admin%02d@scale.iecmhc.org", 1, Math.max(1, adminUsers))).circular())
            .exec(signIn(password))
            .exec(http("completion board: cohorts").get("/completion/board.xhtml")
                    .check(status().is(200), regex("completion/board\\.xhtml\\?cohort=(\\d+)").findAll().saveAs("cohorts")))
            .exec(during(duration).on(
                    exec(page("impact dashboard", "/reporting/impact.xhtml", "report-figures"))
                            .pause(pauseMin(), pauseMax())
                            .exec(page("demographics report", "/reporting/demographics.xhtml", "race-title")
                                    .check(regex(VIEW_STATE).saveAs("viewState"))
                                    .check(regex(CSP_NONCE).saveAs("nonce")))
                            .pause(pauseMin(), pauseMax())
                            .exec(session -> session.set("cohort", randomOf(session.getList("cohorts"))))
                            .exec(page("completion board", "/completion/board.xhtml?cohort=#{cohort}", "cohort-name"))
                            .pause(pauseMin(), pauseMax())
                            .exec(health())
                            .pause(pauseMin(), pauseMax())))
            .exec(signOut("/reporting/demographics.xhtml"));

    private final ScenarioBuilder trainees = scenario("trainee")
            .feed(listFeeder(accounts("trainee%04d@scale.iecmhc.org", traineeFrom, traineeTo)).circular())
            .exec(signIn(password))
            .exec(during(duration).on(
                    exec(page("trainee home", "/index.xhtml", "home-trainee")
                            .check(regex(VIEW_STATE).saveAs("viewState"))
                            .check(regex(CSP_NONCE).saveAs("nonce")))
                            .pause(pauseMin(), pauseMax())
                            .exec(health())
                            .pause(pauseMin(), pauseMax())))
            .exec(signOut("/index.xhtml"));

    {
        setUp(administrators.injectOpen(rampUsers(adminUsers).during(ramp)),
                trainees.injectOpen(rampUsers(traineeUsers).during(ramp)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** English pages (and JSON) as a browser asks for them, without a cache, named by the test that asks. */
    static HttpProtocolBuilder protocol(String baseUrl, String userAgent) {
        return http.baseUrl(baseUrl)
                .acceptLanguageHeader("en")
                .acceptHeader("text/html,application/xhtml+xml,application/json")
                .userAgentHeader(userAgent)
                .disableCaching();
    }

    /** The sign-in form read and posted as a browser posts it, with its view state and PrimeFaces' CSP nonce. */
    static ChainBuilder signIn(String password) {
        return exec(http("sign-in form").get("/login.xhtml")
                .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(CSP_NONCE).saveAs("nonce")))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:email", "#{email}")
                        .formParam("login:password", password)
                        .formParam("login:next", "")
                        .formParam("login:signIn", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .disableFollowRedirect()
                        .check(status().is(302), headerRegex("Location", "/index\\.xhtml").exists()));
    }

    /** The header's sign-out link, posted from the last page that kept its view state: the session ends. */
    private ChainBuilder signOut(String page) {
        return exec(http("sign out").post(page)
                .formParam("header", "header")
                .formParam("header:signOut", "header:signOut")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .disableFollowRedirect()
                .check(status().is(302), headerRegex("Location", "/login\\.xhtml").exists()));
    }

    private static HttpRequestActionBuilder page(String name, String path, String marker) {
        return http(name).get(path).check(status().is(200), substring(marker).exists());
    }

    private static HttpRequestActionBuilder health() {
        return http("health").get("/health").check(status().is(200), regex("\"status\"\\s*:\\s*\"UP\"").exists());
    }

    private Duration pauseMin() {
        return Duration.ofMillis((long) (think * 500));
    }

    private Duration pauseMax() {
        return Duration.ofMillis((long) (think * 1500));
    }

    static List<Map<String, Object>> accounts(String format, int from, int to) {
        return IntStream.rangeClosed(from, to).<Map<String, Object>>mapToObj(n -> Map.of("email", String.format(format, n)))
                .toList();
    }

    private static Object randomOf(List<Object> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
