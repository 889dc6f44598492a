package org.iecmhc.lms.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Confidential supervision notes. Only the session's supervisor, and the trainee of an individual session, read
 * them; an administrator is told how many there are and nothing more. The rule lives here, not in the pages, so
 * no page, API or export can hand a note to anyone else.
 */
@ApplicationScoped
public class SessionNotes {

    private EntityManager em;
    private AccountService accounts;
    private Clock clock;

    protected SessionNotes() {
    }

    @Inject
    public SessionNotes(EntityManager em, AccountService accounts, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One note as its reader sees it. */
    public record Note(long id, String author, LocalDateTime writtenAtUtc, String text) {
    }

    /** Whether this viewer may read the session's notes; being an administrator does not make them a reader. */
    public boolean mayRead(Viewer viewer, long sessionId) {
        SupervisionSession session = em.find(SupervisionSession.class, sessionId);
        if (session == null) {
            return false;
        }
        if (session.isSupervisedBy(viewer.email())) {
            return true;
        }
        return session.getKind() == SessionKind.INDIVIDUAL && em.createQuery("select count(i) from Invitation i"
                        + " where i.session = :s and i.trainee.email = :email", Long.class)
                .setParameter("s", session).setParameter("email", viewer.email()).getSingleResult() > 0;
    }

    public List<Note> read(Viewer viewer, long sessionId) {
        if (!mayRead(viewer, sessionId)) {
            throw new InputRejected("note", "supervision.notes.confidential");
        }
        return em.createQuery("select n from SupervisionNote n join fetch n.author where n.session.id = :s"
                        + " order by n.writtenAt, n.id", SupervisionNote.class)
                .setParameter("s", sessionId).getResultList().stream()
                .map(n -> new Note(n.getId(), n.getAuthor().getDisplayName(), n.getWrittenAt(), n.getBody())).toList();
    }

    /** How many notes a session has, which anyone who may see the session may know. */
    public long count(long sessionId) {
        return em.createQuery("select count(n) from SupervisionNote n where n.session.id = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    /** The supervisor writes the notes of their sessions. */
    @Transactional
    public SupervisionNote write(Viewer viewer, long sessionId, String text) {
        SupervisionSession session = em.find(SupervisionSession.class, sessionId);
        if (session == null || !session.isSupervisedBy(viewer.email())) {
            throw new InputRejected("note", "supervision.notes.supervisorOnly");
        }
        SupervisionNote note = new SupervisionNote(session, accounts.findByEmail(viewer.email()).orElseThrow(),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), SessionRules.checkNote(text));
        em.persist(note);
        return note;
    }
}
