package org.iecmhc.lms.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Confidential supervision notes. A note is read by its author and by the trainee it is about, and by nobody else,
 * whatever later happens to its session: not a trainee invited later, not a supervisor named later, not an
 * administrator, who is told how many notes a session has and nothing more. The rule lives here, not in the pages,
 * so no page, API or export can hand a note to anyone else.
 */
@ApplicationScoped
public class SessionNotes {

    /** The notes of one reader: each note's author or subject is the viewer, and nothing else decides. */
    private static final String READABLE = "select n from SupervisionNote n join fetch n.session s join fetch s.cohort"
            + " join fetch n.author left join fetch n.subject left join n.subject subject where (n.author.email = :email"
            + " or subject.email = :email)";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One note as its reader sees it, with the session it was written on.
     *
     * @param subject the trainee the note is about, null for a group session's note
     */
    public record Note(long id, long sessionId, SessionKind kind, String cohort, LocalDateTime sessionStartsAtUtc,
                       String author, String subject, LocalDateTime writtenAtUtc, String text) {
    }

    /** The notes of this session the viewer wrote or is the subject of, oldest first; none for anyone else. */
    public List<Note> onSession(Viewer viewer, long sessionId) {
        return em.createQuery(READABLE + " and s.id = :s order by n.writtenAt, n.id", SupervisionNote.class)
                .setParameter("email", viewer.email()).setParameter("s", sessionId).getResultList().stream()
                .map(SessionNotes::note).toList();
    }

    /** Every note the viewer wrote, newest first, also on sessions they no longer supervise. */
    public List<Note> writtenBy(Viewer viewer) {
        return em.createQuery(READABLE + " and n.author.email = :email order by n.writtenAt desc, n.id desc",
                        SupervisionNote.class)
                .setParameter("email", viewer.email()).getResultList().stream().map(SessionNotes::note).toList();
    }

    /** Every note about the viewer, newest first, also of sessions they are no longer invited to. */
    public List<Note> about(Viewer viewer) {
        return em.createQuery(READABLE + " and subject.email = :email order by n.writtenAt desc, n.id desc",
                        SupervisionNote.class)
                .setParameter("email", viewer.email()).getResultList().stream().map(SessionNotes::note).toList();
    }

    /** How many notes a session has, which anyone who may see the session may know. */
    public long count(long sessionId) {
        return em.createQuery("select count(n) from SupervisionNote n where n.session.id = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    /** Only the session's supervisor writes notes on it; being an administrator does not make one a writer. */
    public boolean mayWrite(Viewer viewer, long sessionId) {
        SupervisionSession session = em.find(SupervisionSession.class, sessionId);
        return session != null && session.isSupervisedBy(viewer.email());
    }

    /**
     * The supervisor writes a note; on an individual session it is about the one trainee invited now, and stays
     * about them when the session changes later.
     */
    @Transactional
    public SupervisionNote write(Viewer viewer, long sessionId, String text) {
        if (!mayWrite(viewer, sessionId)) {
            throw new InputRejected("note", "supervision.notes.supervisorOnly");
        }
        SupervisionSession session = em.find(SupervisionSession.class, sessionId);
        SupervisionNote note = new SupervisionNote(session, Accounts.byEmail(em, viewer.email()).orElseThrow(),
                subjectOf(session), PacificTime.nowUtc(clock), SessionRules.checkNote(text));
        em.persist(note);
        return note;
    }

    private Account subjectOf(SupervisionSession session) {
        if (session.getKind() != SessionKind.INDIVIDUAL) {
            return null;
        }
        List<Account> invited = em.createQuery("select i.trainee from Invitation i where i.session = :s", Account.class)
                .setParameter("s", session).getResultList();
        return invited.size() == 1 ? invited.get(0) : null;
    }

    private static Note note(SupervisionNote n) {
        SupervisionSession session = n.getSession();
        return new Note(n.getId(), session.getId(), session.getKind(), session.getCohort().getName(),
                session.getSlot().getStartsAt(), n.getAuthor().getDisplayName(),
                n.getSubject() == null ? null : n.getSubject().getDisplayName(), n.getWrittenAt(), n.getBody());
    }
}
