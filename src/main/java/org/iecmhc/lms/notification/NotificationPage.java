package org.iecmhc.lms.notification;

import java.util.List;

/** One page of a person's notifications, newest first, with the total that the page links are built from. */
public record NotificationPage(List<Notification> rows, long total, int page, int size) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
