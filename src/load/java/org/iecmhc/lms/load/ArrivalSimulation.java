package org.iecmhc.lms.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The open model of issue 17: page requests arrive at a fixed rate whatever the answers' times, as requests from a
 * whole state's staff and trainees would, instead of a fixed number of users who wait for each answer. First
 * {@code sessions} trainees and as many administrators sign in through the form; then {@code rate} page requests a
 * second arrive for {@code duration} seconds, each one GET in one of those signed-in sessions: half a trainee's page
 * (home, own progress, a course of theirs), half an administrator's (cohort list, call list, accounts list, a
 * cohort's completion board), picked at random. A request that does not answer 200 with its page (the sign-in page
 * instead, say) is an error. {@code config/arrival-sweep.sh} runs it at rising rates and prints each one's p95.
 *
 * <p>Settings (system properties): {@code baseUrl} (http://localhost:8080), {@code rate} requests per second (10),
 * {@code duration} seconds (60), {@code sessions} per role (20), {@code password}, and {@code traineeFrom}, the
 * number of the first trainee account (1601: the cohorts under way in the full data set).
 */
public class ArrivalSimulation extends Simulation {

    private static final String SESSION_COOKIE = "JSESSIONID";

    /** The group whose percentiles are the arrivals' alone, without the sign-ins before them. */
    static final String ARRIVALS = "arrivals";

    /** Signed-in sessions and the pages each may ask for, filled by the sign-in scenarios before arrivals start. */
    private static final List<Map<String, Object>> TRAINEE_VISITS = new CopyOnWriteArrayList<>();
    private static final List<Map<String, Object>> ADMINISTRATOR_VISITS = new CopyOnWriteArrayList<>();

    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
    private final double rate = Double.parseDouble(System.getProperty("rate", "10"));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private final int sessions = Integer.getInteger("sessions", 20);
    private final String password = System.getProperty("password", "scale-password-2026");
    private final int traineeFrom = Integer.getInteger("traineeFrom", 1601);

    private final HttpProtocolBuilder protocol =
            NetworkSimulation.protocol(baseUrl, "IECMHC LMS arrival-rate test (Gatling)");

    private final ScenarioBuilder traineeSignIns = scenario("trainee sign-in")
            .feed(listFeeder(NetworkSimulation.accounts("trainee%04d@scale.iecmhc.org", traineeFrom, traineeFrom + sessions - 1)))
            .exec(NetworkSimulation.signIn(password))
            .exec(http("trainee home: courses").get("/index.xhtml")
                    .check(status().is(200), regex("course/view\\.xhtml\\?id=(\\d+)").optional().saveAs("course")))
            .exec(getCookieValue(CookieKey(SESSION_COOKIE)))
            .exec(session -> {
                String cookie = session.getString(SESSION_COOKIE);
                TRAINEE_VISITS.addAll(List.of(visit(cookie, "trainee home", "/index.xhtml"),
                        visit(cookie, "my progress", "/completion/progress.xhtml")));
                // A trainee whose cohort has no course yet (applied, or withdrawn) has no course page to open.
                if (session.contains("course")) {
                    TRAINEE_VISITS.add(visit(cookie, "course page", "/course/view.xhtml?id=" + session.getString("course")));
                }
                return session;
            });

    private final ScenarioBuilder administratorSignIns = scenario("administrator sign-in")
            .feed(listFeeder(NetworkSimulation.accounts("admin%02d@scale.iecmhc.org", 1, Math.min(sessions, 50))).circular())
            .exec(NetworkSimulation.signIn(password))
            .exec(http("completion board: cohorts").get("/completion/board.xhtml")
                    .check(status().is(200), regex("completion/board\\.xhtml\\?cohort=(\\d+)").saveAs("cohort")))
            .exec(getCookieValue(CookieKey(SESSION_COOKIE)))
            .exec(session -> {
                String cookie = session.getString(SESSION_COOKIE);
                ADMINISTRATOR_VISITS.addAll(List.of(visit(cookie, "cohort list", "/cohort/cohorts.xhtml"),
                        visit(cookie, "call list", "/helpline/calls.xhtml"),
                        visit(cookie, "accounts list", "/account/accounts.xhtml"),
                        visit(cookie, "completion board", "/completion/board.xhtml?cohort=" + session.getString("cohort"))));
                return session;
            });

    private final ScenarioBuilder traineeArrivals = arrivals("trainee page", TRAINEE_VISITS);
    private final ScenarioBuilder administratorArrivals = arrivals("administrator page", ADMINISTRATOR_VISITS);

    {
        setUp(traineeSignIns.injectOpen(atOnceUsers(sessions))
                        .andThen(traineeArrivals.injectOpen(constantUsersPerSec(rate / 2).during(duration))),
                administratorSignIns.injectOpen(atOnceUsers(sessions))
                        .andThen(administratorArrivals.injectOpen(constantUsersPerSec(rate / 2).during(duration))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One request a user: a random page of the role in a random one of its signed-in sessions. */
    private static ScenarioBuilder arrivals(String name, List<Map<String, Object>> visits) {
        Iterator<Map<String, Object>> randomVisit = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return visits.get(ThreadLocalRandom.current().nextInt(visits.size()));
            }
        };
        return scenario(name)
                .feed(randomVisit)
                .exec(addCookie(Cookie(SESSION_COOKIE, "#{cookie}")))
                .group(ARRIVALS).on(exec(http("#{name}").get("#{page}")
                        .disableFollowRedirect()
                        .check(status().is(200), substring("id=\"login\"").notExists())));
    }

    private static Map<String, Object> visit(String cookie, String name, String page) {
        return Map.of("cookie", cookie, "name", name, "page", page);
    }
}
