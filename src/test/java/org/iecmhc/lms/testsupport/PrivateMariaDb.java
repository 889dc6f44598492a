package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * A MariaDB server of a test's own (Debian's mariadbd) in a temporary directory, which the test may kill and start
 * again. The shared server on 3306 serves every other test and must never be stopped; this one may.
 */
public final class PrivateMariaDb implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        // Started early for classes that may then not run (PrivateApplication): never left behind the test JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process != null) {
                process.destroyForcibly();
            }
        }));
    }

    /** Initialises a data directory, starts the server and creates the database {@code name}. */
    public static PrivateMariaDb startWithDatabase(String name) {
        try {
            Path directory = Files.createTempDirectory("lms-private-mariadb-");
            run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + directory.resolve("data"), "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), directory.resolve("install.log"));
            PrivateMariaDb server = new PrivateMariaDb(directory, Ports.take());
            server.start();
            server.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare a private MariaDB", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** For a test that reads what the application wrote, while the server runs. */
    public DataSource dataSource(String database) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(jdbcUrl(database));
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }

    public void start() {
        try {
            process = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults",
                    "--datadir=" + directory.resolve("data"), "--user=root", "--port=" + port,
                    "--bind-address=127.0.0.1", "--socket=" + directory.resolve("sock"),
                    "--pid-file=" + directory.resolve("pid"), "--skip-log-bin", "--innodb-buffer-pool-size=64M")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start mariadbd", e);
        }
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Private mariadbd did not start; see " + directory.resolve("server.log"));
            }
            RunningApplication.pause(300);
        }
    }

    /**
     * Loads into the database what the dump command prints (run with the source's password), through the client:
     * a database of the shared server copied to this one.
     */
    public void load(String database, List<String> dump, String sourcePassword) {
        ProcessBuilder dumping = new ProcessBuilder(dump).redirectError(directory.resolve("dump.log").toFile());
        dumping.environment().put("MYSQL_PWD", sourcePassword);
        ProcessBuilder loading = new ProcessBuilder("mariadb", "--host=127.0.0.1", "--port=" + port, "--user=root",
                database).redirectErrorStream(true).redirectOutput(directory.resolve("load.log").toFile());
        loading.environment().remove("MYSQL_PWD");
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(dumping, loading));
            for (Process step : pipeline) {
                if (!step.waitFor(2, TimeUnit.MINUTES) || step.exitValue() != 0) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new IllegalStateException("Could not load " + database + " into the private MariaDB: "
                            + Files.readString(directory.resolve("dump.log")) + Files.readString(directory.resolve("load.log")));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not load " + database + " into the private MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the server as a crash or a lost machine would: no orderly goodbye to the connected clients. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the private MariaDB", e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "")) {
            return connection.isValid(2);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process install = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
