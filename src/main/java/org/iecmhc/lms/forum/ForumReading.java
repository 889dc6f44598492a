package org.iecmhc.lms.forum;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/** When a person last read a thread; the thread is unread for them while a later post exists. */
@Entity
@Table(name = "forum_reading")
class ForumReading extends GeneratedId {

    @ManyToOne(optional = false)
    private Account account;

    @ManyToOne(optional = false)
    private ForumThread thread;

    private LocalDateTime readAt;

    protected ForumReading() {
    }

    ForumReading(Account account, ForumThread thread, LocalDateTime readAt) {
        this.account = account;
        this.thread = thread;
        this.readAt = readAt;
    }

    void readAgain(LocalDateTime at) {
        readAt = at;
    }
}
