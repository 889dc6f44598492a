package org.iecmhc.lms.notification;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The round every feature's reminders share: find what the period makes due, remind each, count them, all in one
 * transaction so that a failed round marks nothing and the next one tries again. A feature says only what is due
 * and what each reminder says (a notification through {@link #notifications}, or a mail of its own).
 *
 * @param <T> one reminder's worth of what is due, such as a certificate or a row of a query
 */
public abstract class Reminders<T> implements ReminderSource {

    @Inject
    protected EntityManager em;

    @Inject
    protected Notifications notifications;

    private final String job;
    private final ChronoUnit period;

    protected Reminders(String job, ChronoUnit period) {
        this.job = job;
        this.period = period;
    }

    @Override
    public String job() {
        return job;
    }

    @Override
    public ChronoUnit period() {
        return period;
    }

    @Override
    @Transactional
    public int remind(ZonedDateTime periodStart) {
        List<T> due = due(periodStart);
        due.forEach(one -> remind(one, periodStart));
        return due.size();
    }

    /** What the period starting at this California time makes due, in a stable order. */
    protected abstract List<T> due(ZonedDateTime periodStart);

    /** Reminds of one, and marks it where the feature keeps who was reminded. */
    protected abstract void remind(T due, ZonedDateTime periodStart);
}
