package org.iecmhc.lms.completion;

/** What an alumnus did toward renewing their certificate. */
public enum RenewalKind {
    TRAINING, SUPERVISION;

    public String messageKey() {
        return "certificate.renewal.kind." + name();
    }
}
