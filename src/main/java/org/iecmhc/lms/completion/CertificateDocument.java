package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.iecmhc.lms.platform.i18n.Language;

/** What a certificate says, with the figures it was issued with, in its trainee's language. */
public record CertificateDocument(String code, String traineeName, Language language, String cohortName,
                                  LocalDate cohortStart, LocalDate cohortEnd, LocalDate completedOn,
                                  BigDecimal supervisionHours, int copMeetings, BigDecimal practicumHours,
                                  int coursesPassed, boolean finalEvaluation) {

    static CertificateDocument of(Certificate certificate) {
        var enrollment = certificate.getEnrollment();
        var cohort = enrollment.getCohort();
        return new CertificateDocument(certificate.getCode(), enrollment.getTrainee().getDisplayName(),
                enrollment.getTrainee().getPreferredLanguage(), cohort.getName(), cohort.getStartDate(),
                cohort.getEndDate(), enrollment.getEndedOn(), certificate.getSupervisionHours(),
                certificate.getCopMeetings(), certificate.getPracticumHours(), certificate.getCoursesPassed(),
                certificate.isFinalEvaluation());
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
}
