package org.iecmhc.lms.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.security.CurrentStamp;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.PersonalFigures;
import org.iecmhc.lms.platform.security.Viewer;
import org.junit.jupiter.api.Test;

/**
 * The bell shows the count the security stamp check read for a page (a GET), and counts itself only when the request
 * had no such read: a postback, whose action may have changed it, or no stamp check at all.
 */
class NotificationBellTest {

    private final List<String> counted = new ArrayList<>();

    @Test
    void aPageShowsTheCountReadWithTheStampAndCountsNothing() {
        NotificationBell bell = bell(true, stampReadFor("GET", 3));
        assertEquals(3, bell.getUnread());
        assertEquals(3, bell.getUnread());
        assertEquals(List.of(), counted);
    }

    @Test
    void aPostbackCountsOnceAfterItsAction() {
        NotificationBell bell = bell(true, stampReadFor("POST", 3));
        assertEquals(7, bell.getUnread());
        assertEquals(7, bell.getUnread());
        assertEquals(List.of("ana@example.org"), counted);
    }

    @Test
    void aRequestWithoutAStampReadCountsOnce() {
        NotificationBell bell = bell(true, new PersonalFigures());
        assertEquals(7, bell.getUnread());
        assertEquals(List.of("ana@example.org"), counted);
    }

    @Test
    void nobodySignedInHasNothingCounted() {
        assertEquals(0, bell(false, new PersonalFigures()).getUnread());
        assertEquals(List.of(), counted);
    }

    private NotificationBell bell(boolean signedIn, PersonalFigures figures) {
        NotificationBell bell = new NotificationBell();
        bell.figures = figures;
        bell.viewer = new CurrentViewer() {
            @Override
            public boolean isSignedIn() {
                return signedIn;
            }

            @Override
            public Viewer get() {
                return new Viewer("ana@example.org", false);
            }
        };
        bell.notifications = new Notifications() {
            @Override
            public long unread(String email) {
                counted.add(email);
                return 7;
            }
        };
        return bell;
    }

    private static PersonalFigures stampReadFor(String method, long unread) {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> {
                    if (called.getName().equals("getMethod")) {
                        return method;
                    }
                    throw new UnsupportedOperationException(called.getName());
                });
        PersonalFigures figures = new PersonalFigures();
        figures.keep(request, new CurrentStamp(12, Map.of(UnreadNotifications.NAME, unread)));
        return figures;
    }
}
