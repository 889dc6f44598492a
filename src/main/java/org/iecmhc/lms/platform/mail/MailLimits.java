package org.iecmhc.lms.platform.mail;

/** The sizes of the outbox columns in V26, which the composer and the sender keep what they store within. */
public final class MailLimits {

    public static final int SUBJECT = 500;
    public static final int LAST_ERROR = 1000;

    private MailLimits() {
    }
}
