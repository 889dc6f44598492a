package org.iecmhc.lms.opendoor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.offering.Offering;
import org.iecmhc.lms.offering.RecordOfferings;
import org.iecmhc.lms.platform.security.Viewer;

/** Open-Door sessions with a time and a capacity, offered on the public registration pages. */
@ApplicationScoped
public class OpenDoorOfferings extends RecordOfferings<OpenDoorSession> {

    static final String KIND = "opendoor";

    @Inject
    OpenDoorSessions sessions;

    public OpenDoorOfferings() {
        super(KIND, OpenDoorSession.class);
    }

    @Override
    public List<Offering> upcoming(LocalDateTime nowUtc) {
        return em.createQuery("select s from OpenDoorSession s where s.terms.capacity is not null"
                        + " and s.slot.startsAt > :now order by s.slot.startsAt", OpenDoorSession.class)
                .setParameter("now", nowUtc).getResultStream().flatMap(s -> offering(s).stream()).toList();
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        sessions.visible(viewer, id);
    }

    /** Only a session with a time is offered: the registration pages show when it meets. */
    @Override
    protected Optional<Offering> offering(OpenDoorSession session) {
        return Optional.ofNullable(session.getSlot()).map(slot -> new Offering(KIND, "offering.kind.opendoor",
                session.getId(), session.getTitle(), session.getLanguage(), slot.getStartsAt(), slot.getMinutes(), 1,
                session.getTerms()));
    }
}
