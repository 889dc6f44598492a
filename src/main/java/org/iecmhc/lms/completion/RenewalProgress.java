package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An alumnus's way toward renewing a certificate that expires: the hours of each kind done since completing, against
 * those the cohort's terms ask, and the activities recorded.
 */
public record RenewalProgress(long enrollmentId, String traineeName, String cohortName, LocalDate validUntil,
                              boolean expired, BigDecimal trainingDone, BigDecimal trainingRequired,
                              BigDecimal supervisionDone, BigDecimal supervisionRequired,
                              List<Activity> activities) implements Serializable {

    /** One recorded activity as listed. */
    public record Activity(RenewalKind kind, BigDecimal hours, LocalDate doneOn, String description) implements Serializable {

        public RenewalKind getKind() {
            return kind;
        }

        public String getHours() {
            return Figure.plain(hours);
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public String getDescription() {
            return description;
        }
    }

    /** Both kinds of hours done. */
    public boolean isMet() {
        return trainingDone.compareTo(trainingRequired) >= 0 && supervisionDone.compareTo(supervisionRequired) >= 0;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isExpired() {
        return expired;
    }

    public String getTraining() {
        return Figure.plain(trainingDone) + " / " + Figure.plain(trainingRequired);
    }

    public String getSupervision() {
        return Figure.plain(supervisionDone) + " / " + Figure.plain(supervisionRequired);
    }

    public List<Activity> getActivities() {
        return activities;
    }
}
