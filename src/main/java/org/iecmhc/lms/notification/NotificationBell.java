package org.iecmhc.lms.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.PersonalFigures;

/**
 * The unread count in the layout's header, once per request: as the security stamp check read it at the start of
 * the request ({@link UnreadNotifications}), or counted here by a statement of its own when the request had no such
 * read (a postback, say).
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    CurrentViewer viewer;

    @Inject
    PersonalFigures figures;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = viewer.isSignedIn() ? figures.of(UnreadNotifications.NAME)
                    .orElseGet(() -> notifications.unread(viewer.get().email())) : 0L;
        }
        return unread;
    }
}
