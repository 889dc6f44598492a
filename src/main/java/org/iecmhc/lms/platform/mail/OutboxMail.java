package org.iecmhc.lms.platform.mail;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/**
 * One mail of the outbox, rendered when it was queued. Not an audited record: the outbox is itself the record of
 * what was sent, and an audit entry per mail would bury the log under mass mailings. Times are UTC. Serializable
 * because the outbox page holds one between requests.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends GeneratedId {

    @Version
    private long version;

    private String recipient;
    private String language;
    private String subject;
    private String textBody;
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private MailState state;

    private int attempts;
    private LocalDateTime nextAttemptAt;
    private String lastError;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, Language language, Composition composition, LocalDateTime now) {
        this.recipient = recipient;
        this.language = language.code();
        this.subject = composition.subject();
        this.textBody = composition.text();
        this.htmlBody = composition.html();
        this.state = MailState.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void failedAttempt(String error, boolean giveUp) {
        lastError = Composer.abbreviate(error == null ? "" : error, MailLimits.LAST_ERROR);
        if (giveUp) {
            state = MailState.FAILED;
        }
    }

    /** Queued again, due now, with its attempts counted afresh: an administrator asked for another try. */
    void requeue(LocalDateTime now) {
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public long getVersion() {
        return version;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return Language.fromCode(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
