package org.iecmhc.lms.notification;

/** A notification as a page shows it: its text in the page's language and its California time. */
public record NotificationRow(long id, String text, String when, boolean read, String linkPath) {
}
