package org.iecmhc.lms.forum;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;

/** When a person last read a thread; the thread is unread for them while a later post exists. */
@Entity
@Table(name = "forum_reading")
class ForumReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
