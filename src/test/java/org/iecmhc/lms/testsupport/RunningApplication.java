package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application as people use it: the built WAR in Payara Micro on its own MariaDB database with the demo
 * data. Started once for all the test classes of a run (Payara Micro takes a while to start), stopped at the end.
 * There are two such shared instances ({@code -Dlms.test.lanes}, one when the run has a single class that needs one):
 * a class is handed a free {@link Lane} before it starts and gives it back when it ends, so two classes run side by
 * side, each alone on its instance, its data and its browser.
 */
public final class RunningApplication implements BeforeAllCallback, AfterAllCallback {

    /**
     * Fifteen minutes by default ({@code -Dlms.test.startup.minutes}): each instance starts beside another start or
     * the tests ({@link EarlyStarts}), and on a machine shared by several builds two starts took more than eight.
     */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(Long.getLong("lms.test.startup.minutes", 15));
    private static final int LANES = Integer.getInteger("lms.test.lanes", 2);
    /**
     * Raised for the shared instances only: {@code SqlInjectionIT} sends sqlmap's thousand requests as one account,
     * and the tests fail many sign-ins and ask for many password resets from one address. {@code RateLimitIT} checks
     * limits on an instance of its own.
     */
    private static final Map<String, String> SHARED_SETTINGS = Map.of(
            "lms.rate-limit.api.burst", "100000",
            "lms.rate-limit.sign-in.burst", "100000",
            "lms.rate-limit.password-reset.burst", "100000");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApplication.class);
    /**
     * The lane of the class running on this thread. Inherited by the threads a test starts (a pool of HTTP clients,
     * say), which work for the same class.
     */
    private static final InheritableThreadLocal<Lane> CURRENT = new InheritableThreadLocal<>();
    private static List<Lane> lanes;
    private static BlockingQueue<Lane> free;
    /** Ends when every lane's start has ended. */
    private static CompletableFuture<Void> allStarted;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(AllLanes.class, key -> new AllLanes(lanes(1)), AllLanes.class);
        Lane lane = free.take();
        context.getStore(NAMESPACE).put(Lane.class, lane);
        CURRENT.set(lane);
        try {
            lane.awaitServing();
        } catch (RuntimeException failed) {
            afterAll(context);
            throw failed;
        }
    }

    /** The class's lane goes back, with its browser as a fresh one would be, for the next class. */
    @Override
    public void afterAll(ExtensionContext context) {
        Lane lane = context.getStore(NAMESPACE).remove(Lane.class, Lane.class);
        if (lane != null) {
            try {
                // Before the lane is forgotten: putting back a switched language signs in on the lane's instance.
                lane.resetBrowser();
            } finally {
                CURRENT.remove();
                free.add(lane);
            }
        }
    }

    static Lane lane() {
        Lane lane = CURRENT.get();
        if (lane == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningApplication.class)");
        }
        return lane;
    }

    /** The base address, such as {@code http://localhost:41234}, without a trailing slash. */
    public static String url() {
        return lane().instance().url();
    }

    public static String url(String path) {
        return url() + path;
    }

    /** The class's shared instance's database, for what only it shows a test: the mails in its outbox, say. */
    public static DataSource dataSource() {
        return lane().database().dataSource();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lanes for a run with this many classes that need one. They start one after the other (two starts side by
     * side on two cores delayed the first classes), and each is handed out once its start has ended.
     */
    private static synchronized List<Lane> lanes(int classes) {
        if (lanes == null) {
            lanes = Stream.generate(Lane::new).limit(Math.max(1, Math.min(LANES, classes))).toList();
            // Fair: a free lane goes to the class that has waited longest. JUnit starts the classes in its order and,
            // as each waits, starts the next, so the class order (testsupport/ArquillianFirst) is the lanes' order.
            free = new ArrayBlockingQueue<>(lanes.size(), true);
            List<Lane> starting = lanes;
            allStarted = inBackground(() -> {
                for (Lane lane : starting) {
                    lane.begin();
                    lane.awaitEndIfBegun();
                    free.add(lane);
                }
                return (Void) null;
            });
        }
        return lanes;
    }

    /** Begins starting the shared instances in the background ({@link EarlyStarts}); the first classes wait for them. */
    static void startEarly(int classes) {
        lanes(classes);
    }

    /** Waits until the shared instances' starts, if begun, have ended, whether they serve or failed. */
    public static void awaitStartIfBegun() {
        CompletableFuture<Void> begun;
        synchronized (RunningApplication.class) {
            begun = allStarted;
        }
        awaitEnd(begun);
    }

    /** A shared instance on a database of its own, which it drops when closed. */
    static Instance startShared(TestDatabase database) {
        return new Instance(database.jdbcUrl(), database.user(), database.password(), SHARED_SETTINGS, database,
                defaultWar(), loopbackCluster());
    }

    /** Waits until a background start, if any, has ended, whether it serves or failed. */
    static void awaitEnd(CompletableFuture<?> start) {
        if (start != null) {
            start.handle((started, failure) -> null).join();
        }
    }

    /** A start on a thread of its own: Payara Micro starts mostly on one core, so two starts overlap well. */
    static <T> CompletableFuture<T> inBackground(Supplier<T> start) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(start.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "application start");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** What a background start gave, with its own failure rather than a wrapped one. */
    static <T> T finished(CompletableFuture<T> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * One more instance of the application with demo data, on a database the caller provides and with settings of
     * its own (system properties such as {@code lms.rate-limit.api.per-minute}): for the few tests that must break
     * the database, tune the application or look at what its sessions keep. Each costs a Payara Micro start; close it
     * when done. Like every instance here it is a Hazelcast cluster of its own, where it shares its sign-ins as every
     * instance of a production cluster does.
     */
    public static Instance startInClusterOn(String jdbcUrl, String user, String password, Map<String, String> settings) {
        return new Instance(jdbcUrl, user, password, settings, () -> { }, defaultWar(), loopbackCluster());
    }

    /**
     * Two instances of one cluster, their data grid on loopback, both deploying {@code war} on the same database
     * with demo data, the first started before the second (it creates the schema): what a production cluster
     * shares. Close both when done.
     */
    public static List<Instance> startTwoMembersOn(String jdbcUrl, String user, String password, Path war) {
        int first = Ports.take();
        int second = Ports.take();
        String members = "tcpip:127.0.0.1:" + first + ",127.0.0.1:" + second;
        List<Instance> instances = new ArrayList<>();
        for (int port : List.of(first, second)) {
            instances.add(new Instance(jdbcUrl, user, password, Map.of(), () -> { }, war.toString(),
                    List.of("--clusterName", "lms-test-" + first, "--clusterMode", members,
                            "--startPort", String.valueOf(port), "--interfaces", "127.0.0.1")));
        }
        return instances;
    }

    /** The WAR the tests deploy: the one the build packaged, unless {@code lms.test.war} names another. */
    public static String defaultWar() {
        return System.getProperty("lms.test.war", "target/ROOT.war");
    }

    private static List<String> loopbackCluster() {
        String member = String.valueOf(Ports.take());
        return List.of("--clusterName", "lms-test-" + member, "--clusterMode", "tcpip:127.0.0.1:" + member,
                "--startPort", member, "--interfaces", "127.0.0.1");
    }

    /** Stops every shared instance and browser at the end of the run. */
    private record AllLanes(List<Lane> lanes) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            lanes.forEach(Lane::close);
        }
    }

    public static final class Instance implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        /** Starts on another port after a clash, at most this many times in all. */
        private static final int ATTEMPTS = 3;
        /**
         * Payara Micro reports itself ready even when its HTTP port was taken meanwhile; a sign-in page that does not
         * answer this long after "ready" means another server holds the port.
         */
        private static final Duration AFTER_READY = Duration.ofMinutes(2);

        private final AutoCloseable database;
        private final String war;
        private final List<String> cluster;
        private Process process;
        private String baseUrl;
        private Path log;

        private Instance(String jdbcUrl, String user, String password, Map<String, String> settings,
                         AutoCloseable database, String war, List<String> cluster) {
            this.database = database;
            this.war = war;
            this.cluster = cluster;
            try {
                for (int attempt = 1; ; attempt++) {
                    launch(jdbcUrl, user, password, settings);
                    String clash = waitUntilServing();
                    if (clash == null) {
                        return;
                    }
                    stopProcess();
                    if (attempt == ATTEMPTS) {
                        close();
                        throw new IllegalStateException("Payara Micro could not serve on " + baseUrl + " after " + ATTEMPTS
                                + " ports: " + clash + "\n" + tail());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro", e);
            }
        }

        private void launch(String jdbcUrl, String user, String password, Map<String, String> settings)
                throws IOException {
            int port = Ports.take();
            baseUrl = "http://localhost:" + port;
            log = Files.createTempFile("lms-payara-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // The client compiler only: with the optimising one too, the compiler threads of a shared
                    // instance used twice to three times the CPU of its requests over a whole run, mostly for
                    // start-up code never run again (docs/performance.md, "The compilers' share").
                    "-XX:TieredStopAtLevel=1",
                    "-Xmx768m",
                    "-Dlms.db.url=" + jdbcUrl,
                    "-Dlms.db.user=" + user,
                    "-Dlms.db.password=" + password,
                    "-Dlms.demo=true",
                    // With --nocluster, or without this, Payara Micro's data grid listens on every interface.
                    "-Dhazelcast.socket.bind.any=false",
                    "-Dlms.files.dir=" + Path.of("target", "test-files").toAbsolutePath(),
                    // As in production: links in feeds and certificates come from here, never from a Host header.
                    "-Dlms.public.url=" + baseUrl));
            settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.addAll(List.of(
                    "-jar", System.getProperty("lms.test.payara.jar", "target/payara-micro.jar"),
                    "--deploy", war,
                    "--port", String.valueOf(port)));
            command.addAll(cluster);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // An instance started early for a class that then never ran is not left behind the test JVM.
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        }

        /** Null once the sign-in page answers; what shows that another server holds the port otherwise. */
        private String waitUntilServing() throws IOException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
            long readySince = 0;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped while starting:\n" + tail());
                }
                if (signInPageAnswers(client)) {
                    return null;
                }
                String logged = Files.readString(log);
                if (logged.contains("Address already in use")) {
                    return "the port was in use";
                }
                if (readySince == 0 && logged.contains(" ready in ")) {
                    readySince = System.nanoTime();
                } else if (readySince != 0 && System.nanoTime() - readySince > AFTER_READY.toNanos()) {
                    return "ready for " + AFTER_READY + " without serving the sign-in page";
                }
                pause(500);
            }
            close();
            throw new IllegalStateException("Payara Micro did not serve the sign-in page within " + STARTUP_LIMIT + ":\n" + tail());
        }

        private boolean signInPageAnswers(HttpClient client) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The base address, such as {@code http://localhost:41234}, without a trailing slash. */
        public String url() {
            return baseUrl;
        }

        /** What the instance has logged so far. */
        public String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        }

        private void stopProcess() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stopProcess();
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
