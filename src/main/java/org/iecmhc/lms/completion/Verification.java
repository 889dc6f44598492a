package org.iecmhc.lms.completion;

import java.time.LocalDate;

/**
 * What the public verify page says of a code: the certificate it proves (valid or expired), or that a reissued
 * certificate superseded the paper carrying it (with the day only: nothing about whose it was), or nothing known.
 */
public record Verification(VerificationStatus status, CertificateDocument certificate, LocalDate supersededOn) {

    static Verification unknown() {
        return new Verification(VerificationStatus.UNKNOWN, null, null);
    }

    static Verification superseded(LocalDate on) {
        return new Verification(VerificationStatus.SUPERSEDED, null, on);
    }

    static Verification of(CertificateDocument certificate, LocalDate today) {
        return new Verification(certificate.expiredOn(today) ? VerificationStatus.EXPIRED : VerificationStatus.VALID,
                certificate, null);
    }
}
