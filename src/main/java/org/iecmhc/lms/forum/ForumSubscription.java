package org.iecmhc.lms.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/** A person who wants to hear of new posts in a thread, or in every thread of a forum (kind and place). */
@Entity
@Table(name = "forum_subscription")
class ForumSubscription extends GeneratedId {

    @ManyToOne(optional = false)
    private Account account;

    @ManyToOne
    private ForumThread thread;

    @Enumerated(EnumType.STRING)
    private ForumKind kind;

    private Long placeId;

    protected ForumSubscription() {
    }

    static ForumSubscription toThread(Account account, ForumThread thread) {
        ForumSubscription subscription = new ForumSubscription();
        subscription.account = account;
        subscription.thread = thread;
        return subscription;
    }

    static ForumSubscription toForum(Account account, ForumPlace place) {
        ForumSubscription subscription = new ForumSubscription();
        subscription.account = account;
        subscription.kind = place.kind();
        subscription.placeId = place.id();
        return subscription;
    }
}
