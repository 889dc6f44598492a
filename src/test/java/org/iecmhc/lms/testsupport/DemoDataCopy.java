package org.iecmhc.lms.testsupport;

import java.sql.SQLException;
import java.util.List;

/**
 * The demo data as the first shared instance made it, for the instances that start after it on the same MariaDB
 * (the second lane, the two-member cluster) to start from a copy of: loading it through the application was about
 * half of such a start's CPU, and a copy is a second of MariaDB's. Taken as soon as that instance serves, before a
 * class changes its data, and without the leases its schedules took, which are that instance's alone.
 */
final class DemoDataCopy {

    private static TestDatabase kept;

    private DemoDataCopy() {
    }

    /** A database for an instance about to start: a copy of the demo data once kept, else empty for it to fill. */
    static synchronized TestDatabase forNextInstance() {
        return kept == null ? TestDatabase.empty() : kept.copy();
    }

    /**
     * Loads the kept demo data into a database of a MariaDB server of its own (the private instance's), with the
     * client tools; false when none is kept yet, and the instance must load the demo data itself.
     */
    static boolean loadInto(PrivateMariaDb server, String database) {
        TestDatabase source;
        synchronized (DemoDataCopy.class) {
            source = kept;
        }
        if (source == null) {
            return false;
        }
        server.load(database, List.of("mariadb-dump", "--host=" + TestDatabase.host(), "--port=" + TestDatabase.port(),
                "--user=" + source.user(), "--skip-lock-tables", "--no-tablespaces", "--hex-blob",
                "--default-character-set=utf8mb4", source.name()), source.password());
        return true;
    }

    /** Keeps a copy of the database of an instance that has just started on it, unless one is kept already. */
    static synchronized void keep(TestDatabase started) {
        if (kept == null) {
            TestDatabase copy = started.copy();
            try {
                Sql.execute(copy.dataSource(), "delete from cluster_lease");
            } catch (SQLException e) {
                copy.close();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(copy::close));
            kept = copy;
        }
    }
}
