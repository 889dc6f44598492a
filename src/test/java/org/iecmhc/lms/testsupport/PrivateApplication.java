package org.iecmhc.lms.testsupport;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second instance of the application, with demo data, on a private MariaDB that tests may kill, and with low
 * rate limits that tests may exhaust. Started once for the test classes that need it (one more Payara start per
 * run); it trusts X-Forwarded-For as it would behind a load balancer, so that each test can act from an address
 * of its own, and, as behind a load balancer that ends TLS, marks its session cookie Secure ({@code lms.https}).
 * Like every instance of a production cluster it is a member of a Hazelcast data grid (a cluster of one, on
 * loopback), where it shares its sign-ins. Its outbox sends to an SMTP relay on a loopback port reserved for it
 * ({@link #RELAY_PORT}), where a test may start GreenMail; while none listens there, its mails wait in the outbox.
 * It offers single sign-on through the {@link IdentityProvider}, which starts first.
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
    public static final int RELAY_PORT = Ports.take();
    public static final String MAIL_FROM = "lms@network.example.org";
    private static final String DATABASE = "lms";
    /** Begun once the shared instance, if starting, serves: two starts side by side on two cores delayed it. */
    private static final BackgroundStart<Running> START = new BackgroundStart<>(() -> {
        RunningApplication.awaitStartIfBegun();
        return create();
    }, "@ExtendWith(PrivateApplication.class)");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> START.await(), Running.class);
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

    /** The instance's own database, for what only the tables show a test (its outbox, say). */
    public static DataSource dataSource() {
        return database().dataSource(DATABASE);
    }

    private static Running running() {
        return START.started();
    }

    /** Begins starting the private instance in the background ({@link EarlyStarts}). */
    static void startEarly() {
        START.begin();
    }

    private static Running create() {
        PrivateMariaDb database = PrivateMariaDb.startWithDatabase(DATABASE);
        // The demo data the first lane made, copied, instead of loading it again through the application.
        DemoDataCopy.loadInto(database, DATABASE);
        Map<String, String> settings = new HashMap<>(Map.of("lms.rate-limit.api.burst", String.valueOf(API_BURST),
                "lms.rate-limit.api.per-minute", "1",
                "lms.rate-limit.sign-in.burst", String.valueOf(SIGN_IN_BURST),
                "lms.rate-limit.sign-in.per-minute", "1",
                "lms.http.behind-proxy", "true",
                "lms.https", "true"));
        settings.putAll(Map.of("lms.smtp.host", "127.0.0.1",
                "lms.smtp.port", String.valueOf(RELAY_PORT),
                "lms.smtp.security", "none",
                "lms.mail.from", MAIL_FROM));
        settings.putAll(IdentityProvider.applicationSettings());
        RunningApplication.Instance application = RunningApplication.startInClusterOn(database.jdbcUrl(DATABASE), "root", "",
                settings);
        return new Running(database, application);
    }

    /**
     * Waits until the private instance's start, if begun, has ended, whether it serves or failed: for a start that
     * should not run beside it ({@link TwoMemberCluster}).
     */
    public static void awaitStartIfBegun() {
        START.awaitEndIfBegun();
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
