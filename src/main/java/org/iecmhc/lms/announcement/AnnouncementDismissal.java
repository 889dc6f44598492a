package org.iecmhc.lms.announcement;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/** A reader no longer wants to see an announcement on their home page. */
@Entity
@Table(name = "announcement_dismissal")
class AnnouncementDismissal extends GeneratedId {

    @ManyToOne(optional = false)
    private Announcement announcement;

    @ManyToOne(optional = false)
    private Account account;

    private LocalDateTime dismissedAt;

    protected AnnouncementDismissal() {
    }

    AnnouncementDismissal(Announcement announcement, Account account, LocalDateTime dismissedAt) {
        this.announcement = announcement;
        this.account = account;
        this.dismissedAt = dismissedAt;
    }
}
