package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An alumnus's form for one renewal activity. */
public class RenewalInput implements Serializable {

    private RenewalKind kind = RenewalKind.TRAINING;
    private BigDecimal hours;
    private LocalDate doneOn;
    private String description;

    public RenewalKind getKind() {
        return kind;
    }

    public void setKind(RenewalKind kind) {
        this.kind = kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
