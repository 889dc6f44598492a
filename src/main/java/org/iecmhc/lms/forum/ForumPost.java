package org.iecmhc.lms.forum;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.files.StoredFile;

/**
 * A post: plain text, shown escaped. A hidden post stays (its author and moderators still see why it was hidden);
 * the audit entry of hiding carries who hid it and the reason.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ForumThread thread;

    @ManyToOne(optional = false)
    private Account author;

    @AuditHidden
    private String body;

    private LocalDateTime postedAt;

    private LocalDateTime editedAt;

    private LocalDateTime hiddenAt;

    @ManyToOne
    private Account hiddenBy;

    private String hiddenReason;

    @ManyToOne
    private StoredFile attachment;

    protected ForumPost() {
    }

    ForumPost(ForumThread thread, Account author, String body, StoredFile attachment, LocalDateTime at) {
        this.thread = thread;
        this.author = author;
        this.body = body;
        this.attachment = attachment;
        this.postedAt = at;
        thread.posted(at);
    }

    /** Whether its author may still correct it: within {@link ForumLimits#EDIT_WINDOW} and not hidden. */
    public boolean isEditableBy(Account person, Clock clock) {
        return isEditableBy(person.getEmail(), clock);
    }

    /** The same for the signed-in person named by e-mail, as pages know them. */
    public boolean isEditableBy(String email, Clock clock) {
        return author.getEmail().equals(email) && hiddenAt == null
                && LocalDateTime.now(clock).isBefore(postedAt.plus(ForumLimits.EDIT_WINDOW));
    }

    void edit(String body, LocalDateTime at) {
        this.body = body;
        this.editedAt = at;
    }

    void hide(Account moderator, String reason, LocalDateTime at) {
        this.hiddenBy = moderator;
        this.hiddenReason = reason;
        this.hiddenAt = at;
    }

    /**
     * Erases what its author wrote and attached (their withdrawal's anonymisation), keeping that a post was there;
     * answers the attachment for the caller to erase once no post points at it.
     */
    StoredFile forget(String placeholder) {
        StoredFile file = attachment;
        body = placeholder;
        attachment = null;
        return file;
    }

    @Override
    public String auditLabel() {
        String label = "post in thread " + thread.getId() + " by " + author.getEmail();
        return hiddenAt == null ? label : label + ", hidden by " + hiddenBy.getEmail() + ": " + hiddenReason;
    }

    public ForumThread getThread() {
        return thread;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Account getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public StoredFile getAttachment() {
        return attachment;
    }
}
