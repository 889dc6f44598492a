package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.math.BigDecimal;

/** The administrator's form for a cohort's renewal terms; no validity period means certificates do not expire. */
public class RenewalTermsInput implements Serializable {

    private Integer validMonths;
    private BigDecimal trainingHours;
    private BigDecimal supervisionHours;

    public Integer getValidMonths() {
        return validMonths;
    }

    public void setValidMonths(Integer validMonths) {
        this.validMonths = validMonths;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    public void setTrainingHours(BigDecimal trainingHours) {
        this.trainingHours = trainingHours;
    }

    public BigDecimal getSupervisionHours() {
        return supervisionHours;
    }

    public void setSupervisionHours(BigDecimal supervisionHours) {
        this.supervisionHours = supervisionHours;
    }
}
