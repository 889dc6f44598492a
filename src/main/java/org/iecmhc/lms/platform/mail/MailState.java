package org.iecmhc.lms.platform.mail;

/** Where a mail of the outbox stands: waiting to be sent (again), delivered to the relay, or given up on. */
public enum MailState {
    QUEUED, SENT, FAILED
}
