package org.iecmhc.lms.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.schedule.Instance;
import org.iecmhc.lms.platform.schedule.Leases;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * One round of the periodic notification work: the daily digest and every feature's reminders, each once per cluster
 * per period. The instance that first asks in a period takes the job's lease until the period ends, so the others
 * find it taken; this instance remembers which period it did, since the lease alone would let its own holder in
 * again. A job that fails gives its lease back, so that the next round (here or elsewhere) does the period's work;
 * its transaction rolled back, so nothing of it is done twice.
 */
@ApplicationScoped
public class NotificationJobs {

    static final String DIGEST = "notification-digest";
    /** The digest goes out early in the California morning, with the day's first look at the mail. */
    static final LocalTime DIGEST_TIME = LocalTime.of(6, 0);

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());

    @Inject
    Leases leases;

    @Inject
    Instance instance;

    @Inject
    Clock clock;

    @Inject
    NotificationDigest digest;

    @Inject
    @Any
    jakarta.enterprise.inject.Instance<ReminderSource> sources;

    private final Map<String, ZonedDateTime> done = new ConcurrentHashMap<>();

    /**
     * Runs what is due in the current periods; a failing job does not keep the others from running. One round at a
     * time per instance: its own lease would let a second round of this instance in while the first still works.
     */
    public synchronized void runDue() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(PacificTime.ZONE);
        ZonedDateTime digestDay = now.toLocalTime().isBefore(DIGEST_TIME) ? now.minusDays(1) : now;
        ZonedDateTime digestStart = digestDay.truncatedTo(ChronoUnit.DAYS).with(DIGEST_TIME);
        guarded(DIGEST, () -> once(DIGEST, digestStart, digestStart.plusDays(1), digest::send));
        for (ReminderSource source : sources()) {
            ZonedDateTime start = now.truncatedTo(source.period());
            guarded(source.job(), () -> once(source.job(), start, start.plus(1, source.period()),
                    () -> source.remind(start)));
        }
    }

    Iterable<ReminderSource> sources() {
        return sources;
    }

    /** Runs the work if this instance is the one for this period; answers what the work answered, else 0. */
    int once(String job, ZonedDateTime start, ZonedDateTime end, IntSupplier work) {
        if (start.equals(done.get(job))) {
            return 0;
        }
        LocalDateTime until = LocalDateTime.ofInstant(end.toInstant(), clock.getZone());
        if (!leases.takeUntil(job, instance.name(), until)) {
            done.put(job, start);
            return 0;
        }
        try {
            int result = work.getAsInt();
            done.put(job, start);
            return result;
        } catch (RuntimeException e) {
            leases.release(job, instance.name());
            throw e;
        }
    }

    private static void guarded(String job, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The notification job " + job + " failed; the next round tries again", e);
        }
    }
}
