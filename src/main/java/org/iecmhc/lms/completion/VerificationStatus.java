package org.iecmhc.lms.completion;

/** The verify page's answer for a code. */
public enum VerificationStatus {
    VALID, EXPIRED, SUPERSEDED, UNKNOWN
}
