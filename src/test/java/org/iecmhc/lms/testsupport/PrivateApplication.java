package org.iecmhc.lms.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second instance of the application, with demo data, on a private MariaDB that tests may kill, and with low
 * rate limits that tests may exhaust. Started once for the test classes that need it (one more Payara start per
 * run); it trusts X-Forwarded-For as it would behind a load balancer, so that each test can act from an address
 * of its own, and, as behind a load balancer that ends TLS, marks its session cookie Secure ({@code lms.https}).
 * Like every instance of a production cluster it is a member of a Hazelcast data grid (a cluster of one, on
 * loopback), where it shares its sign-ins. It offers single sign-on through the {@link IdentityProvider}, which
 * starts first.
 * <p>
 * Its test classes share nothing with the others, so they run beside them, one at a time: each is marked
 * {@code @Execution(CONCURRENT)} and {@code @ResourceLock(PrivateApplication.RESOURCE)} (parallel execution is on in
 * junit-platform.properties, every other class keeps to one thread). While the browser tests wait for pages, their
 * requests, sleeps and the database restart of the outage test use the idle core. Its start waits until the shared
 * instance serves, which the classes that run one after the other wait for first.
 */
public final class PrivateApplication implements BeforeAllCallback {

    /** The lock its test classes hold, so that they run one after the other (beside the other classes). */
    public static final String RESOURCE = "private application";
    public static final int API_BURST = 12;
    public static final int SIGN_IN_BURST = 3;
    private static final String DATABASE = "lms";
    private static CompletableFuture<Running> starting;
    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    public static String url() {
        return running().application.url();
    }

    /** What the instance has logged so far. */
    public static String log() {
        return running().application.log();
    }

    public static PrivateMariaDb database() {
        return running().database;
    }

    private static Running running() {
        if (running == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(PrivateApplication.class)");
        }
        return running;
    }

    private static synchronized Running start() {
        if (running == null) {
            startEarly();
            running = RunningApplication.finished(starting);
        }
        return running;
    }

    /**
     * Begins starting the private instance in the background ({@link EarlyStarts}) once the shared one, if starting,
     * serves: the two starts side by side on two cores delayed the shared one, which every other class waits for.
     */
    static synchronized void startEarly() {
        if (starting == null) {
            starting = RunningApplication.inBackground(() -> {
                RunningApplication.awaitStartIfBegun();
                return create();
            });
        }
    }

    private static Running create() {
        PrivateMariaDb database = PrivateMariaDb.startWithDatabase(DATABASE);
        Map<String, String> settings = new HashMap<>(Map.of("lms.rate-limit.api.burst", String.valueOf(API_BURST),
                "lms.rate-limit.api.per-minute", "1",
                "lms.rate-limit.sign-in.burst", String.valueOf(SIGN_IN_BURST),
                "lms.rate-limit.sign-in.per-minute", "1",
                "lms.http.behind-proxy", "true",
                "lms.https", "true"));
        settings.putAll(IdentityProvider.applicationSettings());
        RunningApplication.Instance application = RunningApplication.startInClusterOn(database.jdbcUrl(DATABASE), "root", "",
                settings);
        return new Running(database, application);
    }

    private record Running(PrivateMariaDb database, RunningApplication.Instance application)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            application.close();
            database.close();
        }
    }
}
