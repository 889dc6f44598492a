package org.iecmhc.lms.notification;

/** How a person wants to hear of one kind of notification; every kind is always shown in-app. */
public enum Delivery {
    AT_ONCE, DAILY_DIGEST, IN_APP_ONLY;

    public String labelKey() {
        return "notification.delivery." + name();
    }
}
