package org.iecmhc.lms.testsupport;

import org.iecmhc.lms.testsupport.RunningApplication.Instance;

/**
 * One of the run's shared instances with the database it owns and the Chromium that talks to it. The browser and
 * HTTP test classes run two at a time, each on a lane of its own and one after the other on each lane: a browser
 * test waits on Chromium and the server by turns, so one such sequence kept only one of the machine's two cores
 * busy. Each lane has its own demo data, so classes on different lanes never see each other's changes.
 */
final class Lane implements AutoCloseable {

    private final BackgroundStart<Running> start;
    private Browser browser;

    Lane() {
        this.start = new BackgroundStart<>(Lane::startInstance, "@ExtendWith(RunningApplication.class)");
    }

    private static Running startInstance() {
        TestDatabase database = DemoDataCopy.forNextInstance();
        Running running = new Running(database, RunningApplication.startShared(database));
        try {
            DemoDataCopy.keep(database);
        } catch (RuntimeException failed) {
            running.close();
            throw failed;
        }
        return running;
    }

    void begin() {
        start.begin();
    }

    /** Waits until the instance serves. */
    void awaitServing() {
        start.await();
    }

    void awaitEndIfBegun() {
        start.awaitEndIfBegun();
    }

    Instance instance() {
        return start.started().instance;
    }

    TestDatabase database() {
        return start.started().database;
    }

    /** The lane's Chromium, started at first use: a start costs seconds. */
    synchronized Browser browser() {
        if (browser == null) {
            browser = new Browser();
        }
        return browser;
    }

    /** Puts the browser back as a fresh one would be, if the lane has one, for the next class or test on the lane. */
    synchronized void resetBrowser() {
        if (browser != null) {
            browser.reset();
        }
    }

    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
        }
        start.ifStarted().ifPresent(Running::close);
    }

    /** The instance drops its database when closed. */
    private record Running(TestDatabase database, Instance instance) {
        void close() {
            instance.close();
        }
    }
}
