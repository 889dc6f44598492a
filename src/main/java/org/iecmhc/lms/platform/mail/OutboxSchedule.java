package org.iecmhc.lms.platform.mail;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * Runs a sending round every few seconds on every instance once the schema is current (the lease picks the one that
 * sends). Without a relay nothing is scheduled: the mails stay queued for the outbox page.
 */
@ApplicationScoped
public class OutboxSchedule {

    static final long PAUSE_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSender sender;

    @Inject
    RelaySettings settings;

    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        if (!settings.configured()) {
            LOG.info("No SMTP relay configured (LMS_SMTP_HOST): mails stay in the outbox, readable at /mail/outbox.xhtml");
            return;
        }
        rounds = executor.scheduleWithFixedDelay(this::round, PAUSE_SECONDS, PAUSE_SECONDS, TimeUnit.SECONDS);
    }

    /** A round that fails (the database away) is logged and the next one tries again; it must not end the schedule. */
    private void round() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An outbox sending round failed; the next one tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
