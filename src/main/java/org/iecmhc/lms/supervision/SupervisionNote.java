package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A confidential note written on a session. It belongs to its author and, on an individual session, to the trainee it
 * is about (its subject): both are stored with the note, so that inviting another trainee or naming another
 * supervisor later hands it to no one else. Only {@link SessionNotes} hands it out, and only to those two.
 */
@Entity
@Table(name = "supervision_note")
public class SupervisionNote extends AuditedRecord {

    @ManyToOne(optional = false)
    private SupervisionSession session;

    @ManyToOne(optional = false)
    private Account author;

    /** The trainee the note is about; null on a group session, whose notes only their author reads. */
    @ManyToOne
    private Account subject;

    private LocalDateTime writtenAt;

    @AuditHidden
    private String body;

    protected SupervisionNote() {
    }

    SupervisionNote(SupervisionSession session, Account author, Account subject, LocalDateTime writtenAt, String body) {
        this.session = session;
        this.author = author;
        this.subject = subject;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    /** Never the text: the audit log is read by administrators, who may not read notes. */
    @Override
    public String auditLabel() {
        return "note on supervision session " + session.getId();
    }

    public SupervisionSession getSession() {
        return session;
    }

    public Account getAuthor() {
        return author;
    }

    /** Null on a group session. */
    public Account getSubject() {
        return subject;
    }

    /** In UTC. */
    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
