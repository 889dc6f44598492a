package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.iecmhc.lms.platform.i18n.Language;

/**
 * What a certificate says, with the figures it was issued with, in its trainee's language: its validity (empty when
 * it does not expire) and the signatories printed under it.
 */
public record CertificateDocument(String code, String traineeName, Language language, String cohortName,
                                  LocalDate cohortStart, LocalDate cohortEnd, LocalDate completedOn,
                                  BigDecimal supervisionHours, int copMeetings, BigDecimal practicumHours,
                                  int coursesPassed, boolean finalEvaluation, LocalDate validUntil,
                                  List<SignatoryLine> signatories) {

    static CertificateDocument of(Certificate certificate) {
        var enrollment = certificate.getEnrollment();
        var cohort = enrollment.getCohort();
        return new CertificateDocument(certificate.getCode(), enrollment.getTrainee().getDisplayName(),
                enrollment.getTrainee().getPreferredLanguage(), cohort.getName(), cohort.getStartDate(),
                cohort.getEndDate(), enrollment.getEndedOn(), certificate.getSupervisionHours(),
                certificate.getCopMeetings(), certificate.getPracticumHours(), certificate.getCoursesPassed(),
                certificate.isFinalEvaluation(), certificate.getValidUntil(), List.of());
    }

    /** The same certificate signed by these people. */
    public CertificateDocument signedBy(List<SignatoryLine> people) {
        return new CertificateDocument(code, traineeName, language, cohortName, cohortStart, cohortEnd, completedOn,
                supervisionHours, copMeetings, practicumHours, coursesPassed, finalEvaluation, validUntil,
                List.copyOf(people));
    }

    /** Whether it has expired on this day; a certificate without validity never does. */
    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
