package org.iecmhc.lms.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The unread count in the layout's header: counted once per request, by one statement. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    CurrentViewer viewer;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = viewer.isSignedIn() ? notifications.unread(viewer.get().email()) : 0L;
        }
        return unread;
    }
}
