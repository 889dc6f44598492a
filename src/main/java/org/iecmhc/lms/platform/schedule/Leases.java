package org.iecmhc.lms.platform.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Leases on named jobs, shared by every instance through the database. Whoever holds a job's unexpired lease does
 * its work; the others skip it. A recurring job renews its lease each round; a job due once per period (a daily
 * digest) takes the lease until the period's end and never releases it, so the instance that comes second in the
 * same period finds it taken. One statement makes the row or takes it under its conditions, so the database
 * serialises the takes (an insert that first made the row and then updated it deadlocked two first takes). The
 * second condition reads the holder the first may have just set (MySQL assigns left to right) or the old one
 * (standard SQL, H2): either way it is true exactly when the lease is taken.
 */
@ApplicationScoped
public class Leases {

    private static final LocalDateTime NEVER_HELD = LocalDateTime.of(2000, 1, 1, 0, 0);

    private EntityManager em;
    private Clock clock;

    protected Leases() {
    }

    @Inject
    public Leases(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Takes or renews the lease on the job for the given time, and says whether this holder has it now: true when
     * the lease was free, expired or already this holder's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, String holder, Duration duration) {
        return takeUntil(job, holder, LocalDateTime.now(clock).plus(duration));
    }

    /** Takes the lease until a given time (the end of a period), under the same conditions as {@link #take}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeUntil(String job, String holder, LocalDateTime until) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("insert into cluster_lease (name, holder, expires_at) values (?1, ?2, ?3)"
                        + " on duplicate key update"
                        + " holder = case when holder = ?4 or expires_at <= ?5 then ?6 else holder end,"
                        + " expires_at = case when holder = ?7 or expires_at <= ?8 then ?9 else expires_at end")
                .setParameter(1, job).setParameter(2, holder).setParameter(3, until)
                .setParameter(4, holder).setParameter(5, now).setParameter(6, holder)
                .setParameter(7, holder).setParameter(8, now).setParameter(9, until)
                .executeUpdate();
        return holder.equals(em.createNativeQuery("select holder from cluster_lease where name = ?1")
                .setParameter(1, job).getSingleResult());
    }

    /** Gives the lease back early, so that another instance need not wait for it to expire. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder) {
        em.createNativeQuery("update cluster_lease set expires_at = ?1 where name = ?2 and holder = ?3")
                .setParameter(1, NEVER_HELD).setParameter(2, job).setParameter(3, holder).executeUpdate();
    }
}
