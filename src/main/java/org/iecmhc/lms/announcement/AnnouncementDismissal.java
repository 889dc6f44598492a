package org.iecmhc.lms.announcement;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;

/** A reader no longer wants to see an announcement on their home page. */
@Entity
@Table(name = "announcement_dismissal")
class AnnouncementDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
