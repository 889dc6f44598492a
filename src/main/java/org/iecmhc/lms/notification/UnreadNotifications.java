package org.iecmhc.lms.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.security.PersonalFigure;

/** The bell's figure: how many of the person's notifications are unread (index {@code notification_unread}). */
@ApplicationScoped
public class UnreadNotifications implements PersonalFigure {

    static final String NAME = "notification.unread";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sqlOver(String accountId) {
        return countOver(accountId);
    }

    static String countOver(String accountId) {
        return "select count(*) from notification n where n.account_id = " + accountId + " and n.read_at is null";
    }
}
