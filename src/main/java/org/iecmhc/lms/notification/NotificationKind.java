package org.iecmhc.lms.notification;

/**
 * What a notification is about, each with the delivery a person gets until they choose another: what needs doing
 * soon or what changes a person's plans comes at once, a faculty member's stream of new submissions once a day.
 * FORUM_REPLY and ANNOUNCEMENT are told by the forums and announcements.
 */
public enum NotificationKind {
    ASSIGNMENT_DUE(Delivery.AT_ONCE),
    SUBMISSION_GRADED(Delivery.AT_ONCE),
    SUBMISSION_TO_GRADE(Delivery.DAILY_DIGEST),
    PRACTICUM_REVIEWED(Delivery.AT_ONCE),
    SUPERVISION_SCHEDULE(Delivery.AT_ONCE),
    COP_MEETING_TOMORROW(Delivery.AT_ONCE),
    COMPLETION(Delivery.AT_ONCE),
    ACCOUNT_CHANGE(Delivery.AT_ONCE),
    FORUM_REPLY(Delivery.DAILY_DIGEST),
    ANNOUNCEMENT(Delivery.AT_ONCE);

    private final Delivery byDefault;

    NotificationKind(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    public String labelKey() {
        return "notification.kind." + name();
    }
}
