package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A confidential note on a session: only {@link SessionNotes} hands it out, and only to those who may read it. */
@Entity
@Table(name = "supervision_note")
public class SupervisionNote extends AuditedRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private SupervisionSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "written_at")
    private LocalDateTime writtenAt;

    private String body;

    protected SupervisionNote() {
    }

    SupervisionNote(SupervisionSession session, Account author, LocalDateTime writtenAt, String body) {
        this.session = session;
        this.author = author;
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

    /** In UTC. */
    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
