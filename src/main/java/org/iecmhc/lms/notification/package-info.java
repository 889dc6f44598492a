/**
 * Notifications: what happened that concerns a person, shown behind the bell and on the notifications page, mailed at
 * once, gathered into a daily digest or kept in-app only, as the person chose per kind. Features tell it through
 * {@link org.iecmhc.lms.notification.Notifications#tell} in their own transaction and hand it their reminders as a
 * {@link org.iecmhc.lms.notification.ReminderSource}; it imports no feature, since they all call it.
 */
package org.iecmhc.lms.notification;
