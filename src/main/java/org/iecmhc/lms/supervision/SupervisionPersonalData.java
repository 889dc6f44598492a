package org.iecmhc.lms.supervision;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * The supervision sessions a trainee was invited to, with their attendance and the minutes it credits, and the
 * sessions a supervisor ran. Confidential notes never leave through an export, which an administrator makes: it
 * says only how many a session has, as the administrator's own pages do.
 */
@ApplicationScoped
public class SupervisionPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "supervision";
    }

    @Override
    public JsonValue export(DataSubject person) {
        List<Invitation> invitations = invitations(person);
        List<SupervisionSession> supervised = person.records(em, "select s from SupervisionSession s"
                + " join fetch s.cohort where s.supervisor.id = :id order by s.slot.startsAt, s.id",
                SupervisionSession.class);
        Map<Long, Long> notes = noteCounts(person);
        return record()
                .with("sessionsAttended", list(invitations, i -> record()
                        .with("cohort", i.getSession().getCohort().getName())
                        .with("kind", i.getSession().getKind().name())
                        .with("startsAtUtc", i.getSession().getSlot().getStartsAt())
                        .with("durationMinutes", i.getSession().getSlot().getMinutes())
                        .with("topic", i.getSession().getTopic())
                        .with("attendance", i.getAttendance() == null ? null : i.getAttendance().name())
                        .with("creditedMinutes", i.creditedMinutes())
                        .with("confidentialNotes", notes.getOrDefault(i.getSession().getId(), 0L))
                        .build()))
                .with("sessionsSupervised", list(supervised, s -> record()
                        .with("cohort", s.getCohort().getName())
                        .with("kind", s.getKind().name())
                        .with("startsAtUtc", s.getSlot().getStartsAt())
                        .with("durationMinutes", s.getSlot().getMinutes())
                        .with("topic", s.getTopic())
                        .with("confidentialNotes", notes.getOrDefault(s.getId(), 0L))
                        .build()))
                .build();
    }

    /**
     * Erases the notes about the trainee and the topic of their individual sessions: both are about that trainee
     * alone. A group session's notes and topic are about the group and stay for the others in it; the invitation
     * rows stay too, so the minutes credited and the supervisor's hours are counted as before.
     */
    @Override
    public void anonymise(DataSubject person) {
        invitations(person).stream().map(Invitation::getSession).filter(s -> s.getKind() == SessionKind.INDIVIDUAL)
                .forEach(SupervisionSession::forgetTopic);
        person.records(em, "select n from SupervisionNote n where n.subject.id = :id", SupervisionNote.class)
                .forEach(em::remove);
    }

    private List<Invitation> invitations(DataSubject person) {
        return person.records(em, "select i from Invitation i join fetch i.session s join fetch s.cohort"
                + " where i.trainee.id = :id order by s.slot.startsAt, i.id", Invitation.class);
    }

    /** How many notes each of the person's sessions has, as a trainee or as supervisor; never what they say. */
    private Map<Long, Long> noteCounts(DataSubject person) {
        return em.createQuery("select n.session.id, count(n) from SupervisionNote n where n.session.supervisor.id = :id"
                        + " or n.session.id in (select i.session.id from Invitation i where i.trainee.id = :id)"
                        + " group by n.session.id", Object[].class)
                .setParameter("id", person.accountId()).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
