package org.iecmhc.lms.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two instances of one cluster on a database of their own (a copy of the demo data a shared instance made, when one
 * started first: {@link DemoDataCopy}), both deploying the application with
 * {@link SessionFootprint}: what {@code SharedSignInIT} needs. Their two starts, one after the other (the first
 * creates the schema), took a minute and a half or more of the main sequence; {@link EarlyStarts} begins them in the
 * background once the shared and the private instance serve, so that the test class finds them started and at most
 * one Payara start at a time runs beside the tests.
 */
public final class TwoMemberCluster implements BeforeAllCallback {

    private static final BackgroundStart<Running> START = new BackgroundStart<>(() -> {
        RunningApplication.awaitStartIfBegun();
        PrivateApplication.awaitStartIfBegun();
        return create();
    }, "@ExtendWith(TwoMemberCluster.class)");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> START.await(), Running.class);
    }

    /** The two members, the first started first; a test may stop one. */
    public static List<RunningApplication.Instance> instances() {
        return running().instances;
    }

    /** Their database, for a test that changes a row behind their back. */
    public static DataSource dataSource() {
        return running().database.dataSource();
    }

    private static Running running() {
        return START.started();
    }

    static void startEarly() {
        START.begin();
    }

    private static Running create() {
        Path war = Path.of("target", "shared-sign-in.war").toAbsolutePath();
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(RunningApplication.defaultWar()))
                .addClass(SessionFootprint.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        TestDatabase database = DemoDataCopy.forNextInstance();
        return new Running(database,
                RunningApplication.startTwoMembersOn(database.jdbcUrl(), database.user(), database.password(), war));
    }

    private record Running(TestDatabase database, List<RunningApplication.Instance> instances)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            instances.forEach(RunningApplication.Instance::close);
            database.close();
        }
    }
}
