package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** The withdrawal dialog: which enrollment ends, on which day (today unless changed) and why. */
public class WithdrawalForm implements Serializable {

    private final Long enrollmentId;
    private LocalDate withdrawnOn;
    private String reason;

    WithdrawalForm(Long enrollmentId, LocalDate today) {
        this.enrollmentId = enrollmentId;
        this.withdrawnOn = today;
    }

    Long enrollmentId() {
        return enrollmentId;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
