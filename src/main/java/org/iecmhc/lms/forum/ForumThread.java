package org.iecmhc.lms.forum;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A conversation in one forum; its last post time is what unread markers compare with. */
@Entity
@Table(name = "forum_thread")
public class ForumThread extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    private ForumKind kind;

    private long placeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;

    private String title;

    @ManyToOne(optional = false)
    private Account author;

    private LocalDateTime startedAt;

    private LocalDateTime lastPostAt;

    private int postCount;

    protected ForumThread() {
    }

    ForumThread(ForumPlace place, String title, Account author, LocalDateTime at) {
        this.kind = place.kind();
        this.placeId = place.id();
        this.cohort = place.cohort();
        this.title = title;
        this.author = author;
        this.startedAt = at;
        this.lastPostAt = at;
    }

    void posted(LocalDateTime at) {
        postCount++;
        lastPostAt = at;
    }

    @Override
    public String auditLabel() {
        return "thread in " + kind + " forum " + placeId;
    }

    public ForumKind getKind() {
        return kind;
    }

    public long getPlaceId() {
        return placeId;
    }

    public String getTitle() {
        return title;
    }

    public Account getAuthor() {
        return author;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getLastPostAt() {
        return lastPostAt;
    }

    public int getPostCount() {
        return postCount;
    }
}
