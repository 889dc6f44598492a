package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.cohort.EnrollmentStatus;

/**
 * One enrollment's progress toward completion, computed from the records, never typed in.
 *
 * @param requirementsMetOn the day the last requirement was met, null while one is missing or when none is set
 */
public record Progress(Member member, Map<CreditKind, Figure> figures, int overallPercent, ProgressStatus status,
                       List<CreditKind> missing, String certificateCode, LocalDate requirementsMetOn) {

    Progress withCertificate(String code) {
        return new Progress(member, figures, overallPercent, status, missing, code, requirementsMetOn);
    }

    public Figure figure(CreditKind kind) {
        return figures.get(kind);
    }

    public boolean isEligible() {
        return status == ProgressStatus.ELIGIBLE;
    }

    public long getEnrollmentId() {
        return member.enrollmentId();
    }

    public String getTraineeName() {
        return member.name();
    }

    public EnrollmentStatus getEnrollmentStatus() {
        return member.status();
    }

    public ProgressStatus getStatus() {
        return status;
    }

    /** A property, not {@code status.messageKey()} in the page: EL looks a called method up again on every row. */
    public String getStatusKey() {
        return status.messageKey();
    }

    public int getOverallPercent() {
        return overallPercent;
    }

    public List<CreditKind> getMissing() {
        return missing;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    /** The figures of the requirements the cohort asks for, in the order of {@link CreditKind}. */
    public List<Figure> getRequiredFigures() {
        return figures.values().stream().filter(Figure::isRequired).toList();
    }

    public Figure getSupervision() {
        return figure(CreditKind.SUPERVISION_MINUTES);
    }

    public Figure getCop() {
        return figure(CreditKind.COP_MEETINGS);
    }

    public Figure getPracticum() {
        return figure(CreditKind.PRACTICUM_MINUTES);
    }

    public Figure getCourses() {
        return figure(CreditKind.COURSES_PASSED);
    }

    public Figure getEvaluation() {
        return figure(CreditKind.FINAL_EVALUATION);
    }

    public BigDecimal getSupervisionHours() {
        return figure(CreditKind.SUPERVISION_MINUTES).earned();
    }

    public BigDecimal getCopMeetings() {
        return figure(CreditKind.COP_MEETINGS).earned();
    }

    public BigDecimal getPracticumHours() {
        return figure(CreditKind.PRACTICUM_MINUTES).earned();
    }

    public BigDecimal getCoursesPassed() {
        return figure(CreditKind.COURSES_PASSED).earned();
    }

    public boolean isFinalEvaluationDone() {
        return figure(CreditKind.FINAL_EVALUATION).earned().signum() > 0;
    }
}
