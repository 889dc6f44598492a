package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A first and a last day while they are being typed, on the form of anything that runs for a while (a cohort, a
 * course, a placement, a consultation assignment). What is typed stays here, even when refused, until it is saved;
 * whether the days make sense together is the rule of the record they belong to.
 */
public class PeriodInput implements Serializable {

    private LocalDate start;
    private LocalDate end;

    public PeriodInput() {
    }

    public PeriodInput(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
