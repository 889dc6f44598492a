package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a trainee of the cohort must do to complete the program, besides passing the cohort's required courses
 * (marked on each course). Serializable because the cohort that embeds it travels in a view's state to another
 * member of the cluster.
 */
@Embeddable
public class CompletionRequirements implements Serializable {

    @Column(name = "required_supervision_hours")
    private BigDecimal supervisionHours = BigDecimal.ZERO;

    @Column(name = "required_cop_meetings")
    private int copMeetings;

    @Column(name = "required_practicum_hours")
    private BigDecimal practicumHours = BigDecimal.ZERO;

    private boolean finalEvaluationRequired = true;

    /** No hours or meetings required yet; a final evaluation is. */
    public CompletionRequirements() {
    }

    public CompletionRequirements(BigDecimal supervisionHours, int copMeetings, BigDecimal practicumHours,
                                  boolean finalEvaluationRequired) {
        this.supervisionHours = supervisionHours;
        this.copMeetings = copMeetings;
        this.practicumHours = practicumHours;
        this.finalEvaluationRequired = finalEvaluationRequired;
    }

    public BigDecimal getSupervisionHours() {
        return supervisionHours;
    }

    public int getCopMeetings() {
        return copMeetings;
    }

    public BigDecimal getPracticumHours() {
        return practicumHours;
    }

    public boolean isFinalEvaluationRequired() {
        return finalEvaluationRequired;
    }
}
