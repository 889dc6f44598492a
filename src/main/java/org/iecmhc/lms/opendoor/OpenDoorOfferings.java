package org.iecmhc.lms.opendoor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.iecmhc.lms.offering.Offering;
import org.iecmhc.lms.offering.OfferingSource;
import org.iecmhc.lms.platform.security.Viewer;

/** Open-Door sessions with a time and a capacity, offered on the public registration pages. */
@ApplicationScoped
public class OpenDoorOfferings implements OfferingSource {

    static final String KIND = "opendoor";

    @Inject
    EntityManager em;

    @Inject
    OpenDoorSessions sessions;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Offering> upcoming(LocalDateTime nowUtc) {
        return em.createQuery("select s from OpenDoorSession s where s.terms.capacity is not null"
                        + " and s.slot.startsAt > :now order by s.slot.startsAt", OpenDoorSession.class)
                .setParameter("now", nowUtc).getResultStream().map(OpenDoorOfferings::offering).toList();
    }

    @Override
    public Optional<Offering> find(long id) {
        return Optional.ofNullable(em.find(OpenDoorSession.class, id)).filter(s -> s.getSlot() != null)
                .map(OpenDoorOfferings::offering);
    }

    @Override
    public Optional<Offering> lockForSeats(long id) {
        return Optional.ofNullable(em.find(OpenDoorSession.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.getSlot() != null).map(OpenDoorOfferings::offering);
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        sessions.visible(viewer, id);
    }

    private static Offering offering(OpenDoorSession session) {
        return new Offering(KIND, "offering.kind.opendoor", session.getId(), session.getTitle(), session.getLanguage(),
                session.getSlot().getStartsAt(), session.getSlot().getMinutes(), 1, session.getTerms());
    }
}
