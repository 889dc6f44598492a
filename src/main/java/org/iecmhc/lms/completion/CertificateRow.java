package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.iecmhc.lms.platform.time.PacificTime;

/** A certificate as the administrator's list shows it. */
public record CertificateRow(long enrollmentId, String traineeName, String code, LocalDateTime issuedAt,
                             LocalDate validUntil) implements Serializable {

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return PacificTime.fromUtc(issuedAt).toLocalDate();
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
