package org.iecmhc.lms.notification;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * Asks every minute, on every instance, whether a period's digest or reminders are due once the schema is current;
 * the leases pick the one instance that does each. A minute keeps an hourly reminder within a minute of its hour.
 */
@ApplicationScoped
public class NotificationSchedule {

    static final long PAUSE_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NotificationJobs jobs;

    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        rounds = executor.scheduleWithFixedDelay(jobs::runDue, PAUSE_SECONDS, PAUSE_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
