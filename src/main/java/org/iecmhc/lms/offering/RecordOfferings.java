package org.iecmhc.lms.offering;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingSlot;

/**
 * An offering source whose offerings are one kind of record (an Open-Door session, a webinar, a support series),
 * found by the record's id, plain or locked for seats, and shown to staff by the rule of whose records they are. A
 * feature says which records are upcoming and what a record offers.
 *
 * @param <R> the record offered
 */
public abstract class RecordOfferings<R extends OfferedRecord> implements OfferingSource {

    @Inject
    protected EntityManager em;

    private final String kind;
    private final OwnRecords<R> own;
    protected final Class<R> type;

    /** @param own the rule the feature's own pages apply to these records, so registrations are shown alike */
    protected RecordOfferings(String kind, OwnRecords<R> own) {
        this.kind = kind;
        this.own = own;
        this.type = own.type();
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Optional<Offering> find(long id) {
        return Optional.ofNullable(em.find(type, id)).flatMap(this::offering);
    }

    @Override
    public Optional<Offering> lockForSeats(long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE)).flatMap(this::offering);
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        own.visible(em, viewer, id);
    }

    /** What the record offers, or empty while it offers nothing yet (no time set, no session planned). */
    protected abstract Optional<Offering> offering(R offered);

    /**
     * The record as the public pages show it.
     *
     * @param kindKey  names what it is to the public ({@link Offering#kindKey()})
     * @param first    its first meeting
     * @param meetings how many meetings it has
     */
    protected Offering offered(String kindKey, R record, MeetingSlot first, int meetings) {
        return new Offering(kind, kindKey, record.getId(), record.getTitle(), record.getLanguage(), first.getStartsAt(),
                first.getMinutes(), meetings, record.getTerms());
    }
}
