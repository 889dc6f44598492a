package org.iecmhc.lms.offering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.security.OwnRecords;

/**
 * An offering source whose records each are one meeting (Open-Door sessions, webinars): offered with a capacity,
 * until they start; the public pages name them by the {@code offering.kind.<kind>} message.
 *
 * @param <R> the record offered
 */
public abstract class MeetingOfferings<R extends MeetingOffer> extends RecordOfferings<R> {

    protected MeetingOfferings(String kind, OwnRecords<R> own) {
        super(kind, own);
    }

    @Override
    public List<Offering> upcoming(LocalDateTime nowUtc) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.terms.capacity is not null"
                        + " and r.slot.startsAt > :now order by r.slot.startsAt", type)
                .setParameter("now", nowUtc).getResultStream().flatMap(r -> offering(r).stream()).toList();
    }

    /** Only a meeting with a time is offered: the registration pages show when it meets. */
    @Override
    protected Optional<Offering> offering(R meeting) {
        return Optional.ofNullable(meeting.getSlot())
                .map(slot -> offered("offering.kind." + kind(), meeting, slot, 1));
    }
}
