package org.iecmhc.lms.completion;

/** Whether a record counts toward completion yet. */
public enum CreditState {
    /** It counts: attended, approved, passed, submitted. */
    EARNED,
    /** It may count later: a log entry awaiting approval, a submission awaiting a grade. */
    PENDING,
    /** It does not count: absent, excused, returned, failed. Kept so progress can say why. */
    NOT_EARNED
}
