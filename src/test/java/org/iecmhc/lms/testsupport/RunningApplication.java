package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application as people use it: the built WAR in Payara Micro on its own MariaDB database with the demo
 * data. Started once for all the test classes of a run (Payara Micro takes a while to start), stopped at the end.
 */
public final class RunningApplication implements BeforeAllCallback {

    // A loaded machine (shared CI, several builds at once) may need longer: -Dlms.test.startup.minutes=10
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(Long.getLong("lms.test.startup.minutes", 4));
    private static Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> start(), Server.class);
    }

    /** The base address, such as {@code http://localhost:41234}, without a trailing slash. */
    public static String url() {
        if (server == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningApplication.class)");
        }
        return server.baseUrl;
    }

    public static String url(String path) {
        return url() + path;
    }


    private static synchronized Server start() {
        if (server == null) {
            server = new Server();
        }
        return server;
    }

    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private final TestDatabase database = TestDatabase.empty();
        private final Process process;
        private final String baseUrl;
        private final Path log;

        Server() {
            int port = freePort();
            baseUrl = "http://localhost:" + port;
            try {
                log = Files.createTempFile("lms-payara-", ".log");
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-Dlms.db.url=" + database.jdbcUrl(),
                        "-Dlms.db.user=" + database.user(),
                        "-Dlms.db.password=" + database.password(),
                        "-Dlms.demo=true",
                        "-Dlms.files.dir=" + Path.of("target", "test-files").toAbsolutePath(),
                        "-jar", System.getProperty("lms.test.payara.jar", "target/payara-micro.jar"),
                        "--deploy", System.getProperty("lms.test.war", "target/ROOT.war"),
                        "--port", String.valueOf(port),
                        "--nocluster"));
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                waitUntilServing();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro", e);
            }
        }

        private void waitUntilServing() throws IOException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped while starting:\n" + tail());
                }
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            close();
            throw new IllegalStateException("Payara Micro did not serve the sign-in page within " + STARTUP_LIMIT + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            database.close();
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
