package org.iecmhc.lms.platform.persistence;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.eclipse.microprofile.config.Config;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database the application talks to: MySQL/MariaDB when {@code lms.db.url} is a {@code jdbc:mysql:} URL,
 * otherwise an embedded H2 file database so that a fresh clone starts with no set-up.
 */
public record DatabaseSettings(String url, String user, String password, int connectTimeoutSeconds,
                               int socketTimeoutSeconds) {

    /**
     * Short enough that a request never waits long on a database that stopped answering (the pool's own wait is
     * in web.xml), long enough for the longest statement the application sends (a batch of a large import).
     */
    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 3;
    static final int DEFAULT_SOCKET_TIMEOUT_SECONDS = 8;

    static final String DEFAULT_H2_URL =
            "jdbc:h2:file:" + Path.of("data", "lms").toAbsolutePath() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    public static DatabaseSettings from(Config config) {
        String url = config.getOptionalValue("lms.db.url", String.class).filter(s -> !s.isBlank()).orElse(DEFAULT_H2_URL);
        String user = config.getOptionalValue("lms.db.user", String.class).orElse("");
        String password = config.getOptionalValue("lms.db.password", String.class).orElse("");
        int connectTimeout = config.getOptionalValue("lms.db.connect-timeout-seconds", Integer.class)
                .orElse(DEFAULT_CONNECT_TIMEOUT_SECONDS);
        int socketTimeout = config.getOptionalValue("lms.db.socket-timeout-seconds", Integer.class)
                .orElse(DEFAULT_SOCKET_TIMEOUT_SECONDS);
        return new DatabaseSettings(url, user, password, connectTimeout, socketTimeout);
    }

    public DatabaseSettings(String url, String user, String password) {
        this(url, user, password, DEFAULT_CONNECT_TIMEOUT_SECONDS, DEFAULT_SOCKET_TIMEOUT_SECONDS);
    }

    public boolean isMySql() {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /** Parsed statements kept per connection: more than the application has distinct statements on its pages. */
    static final int PARSED_STATEMENTS = 500;

    /** Characters of the longest statement kept parsed; the calendar's and the to-do list's unions are a few thousand. */
    static final int LONGEST_PARSED_STATEMENT = 32_768;

    public DataSource createVendorDataSource() {
        if (isMySql()) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            mysql.setUser(user);
            mysql.setPassword(password);
            bulkWrites(mysql);
            limitWaits(mysql);
            keepParsedStatements(mysql);
            return mysql;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException("lms.db.url must be a jdbc:mysql: or jdbc:h2: URL, not " + url);
    }

    /** A connection attempt or a read that takes longer fails, so that a request answers 503 instead of hanging. */
    private void limitWaits(MysqlDataSource mysql) {
        try {
            mysql.setConnectTimeout((int) SECONDS.toMillis(connectTimeoutSeconds));
            mysql.setSocketTimeout((int) SECONDS.toMillis(socketTimeoutSeconds));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The driver parses a statement's text at every prepare to find its parameters, and a page's unions run to
     * kilobytes: a tenth of a signed-in page's CPU went to parsing the same few statements again (issue 17). Each
     * connection keeps its parsed statements, the longest union included; and the driver does not trace its
     * statements, whose spans nothing collects.
     */
    private static void keepParsedStatements(MysqlDataSource mysql) {
        try {
            mysql.setCachePrepStmts(true);
            mysql.setPrepStmtCacheSize(PARSED_STATEMENTS);
            mysql.setPrepStmtCacheSqlLimit(LONGEST_PARSED_STATEMENT);
            mysql.setOpenTelemetry("DISABLED");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A path that can never exist ({@code /dev/null} is no directory): a connection given any local-data path
     * announces local data to the server when it connects, which {@link MemoryLoad} needs, and Connector/J sends a
     * file only from under that path, so none at all.
     */
    static final String NO_LOCAL_FILES = "/dev/null/none";

    /**
     * Imports send thousands of rows: in JDBC batches, which Connector/J then sends as multi-row inserts, or through
     * {@link MemoryLoad}, for which the connection must announce local data when it connects.
     */
    public static void bulkWrites(MysqlDataSource mysql) {
        try {
            mysql.setRewriteBatchedStatements(true);
            mysql.setAllowLoadLocalInfileInPath(NO_LOCAL_FILES);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
