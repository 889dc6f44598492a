package org.iecmhc.lms.survey;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.i18n.Language;

/**
 * A participant's single-use link to answer one service's survey for themselves: it names the record that holds the
 * answer (an attendance, an enrollment, an assignment) by the kind of its {@link SurveyTarget} and its id. Times are UTC.
 */
@Entity
@Table(name = "survey_link")
public class SurveyLink extends AuditedRecord {

    @AuditHidden
    private String tokenHash;

    private String surveyKind;

    private long recordId;

    private String email;

    @Enumerated(EnumType.STRING)
    private Language language;

    private LocalDateTime createdAt;

    private LocalDateTime expiresAt;

    private LocalDateTime answeredAt;

    protected SurveyLink() {
    }

    SurveyLink(String surveyKind, long recordId, String email, Language language, String tokenHash, LocalDateTime now) {
        this.surveyKind = surveyKind;
        this.recordId = recordId;
        this.email = email;
        this.language = language;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(SurveyLinks.VALID_FOR);
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    boolean isExpired(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    void answered(LocalDateTime now) {
        answeredAt = now;
    }

    void anonymise(String placeholderEmail) {
        email = placeholderEmail;
    }

    /** Never the token, which is not stored anyway: which answer the link is for. */
    @Override
    public String auditLabel() {
        return "survey link for " + surveyKind + "-" + recordId;
    }

    public String getSurveyKind() {
        return surveyKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return language;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
