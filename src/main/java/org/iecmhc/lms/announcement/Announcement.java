package org.iecmhc.lms.announcement;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.i18n.Language;

/** An announcement in English, Spanish or both; each reader sees their language when it is there, else the other. */
@Entity
@Table(name = "announcement")
public class Announcement extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Course course;

    private String titleEn;

    private String bodyEn;

    private String titleEs;

    private String bodyEs;

    @ManyToOne(optional = false)
    private Account author;

    private LocalDateTime publishedAt;

    private LocalDate expiresOn;

    private boolean emailed;

    protected Announcement() {
    }

    Announcement(Audience audience, Cohort cohort, Role role, Course course, Text english, Text spanish, Account author,
                 LocalDateTime publishedAt, LocalDate expiresOn, boolean emailed) {
        this.audience = audience;
        this.cohort = cohort;
        this.role = role;
        this.course = course;
        this.titleEn = english == null ? null : english.title();
        this.bodyEn = english == null ? null : english.body();
        this.titleEs = spanish == null ? null : spanish.title();
        this.bodyEs = spanish == null ? null : spanish.body();
        this.author = author;
        this.publishedAt = publishedAt;
        this.expiresOn = expiresOn;
        this.emailed = emailed;
    }

    /** A title and its body in one language. */
    public record Text(String title, String body) {

        /** The reader's language when the announcement was written in it, otherwise the other one. */
        static Text of(Language language, String titleEn, String bodyEn, String titleEs, String bodyEs) {
            boolean spanish = language == Language.ES ? titleEs != null : titleEn == null;
            return spanish ? new Text(titleEs, bodyEs) : new Text(titleEn, bodyEn);
        }
    }

    /** The text in the reader's language when written in it, else in the other. */
    public Text textFor(Language language) {
        return Text.of(language, titleEn, bodyEn, titleEs, bodyEs);
    }

    @Override
    public String auditLabel() {
        return "announcement to " + audience + (cohort != null ? " cohort " + cohort.getId() : "")
                + (role != null ? " " + role : "") + (course != null ? " course " + course.getId() : "");
    }

    public Audience getAudience() {
        return audience;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Role getRole() {
        return role;
    }

    public Course getCourse() {
        return course;
    }

    public Account getAuthor() {
        return author;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isEmailed() {
        return emailed;
    }
}
