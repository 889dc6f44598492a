package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A placement's logged minutes by where they stand, shown in hours. Getters are for the pages' expressions. */
public record LogTotals(long approvedMinutes, long pendingMinutes, long returnedMinutes) implements Serializable {

    public static final LogTotals NONE = new LogTotals(0, 0, 0);

    public BigDecimal getApprovedHours() {
        return hours(approvedMinutes);
    }

    public BigDecimal getPendingHours() {
        return hours(pendingMinutes);
    }

    public BigDecimal getReturnedHours() {
        return hours(returnedMinutes);
    }

    /** Hours to the hundredth, as the cohort's requirement is written (60.00). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
