package org.iecmhc.lms.announcement;

import org.iecmhc.lms.platform.errors.InputRejected;

/** An announcement rule refused what was typed, or the announcement is not the person's to change. */
public class AnnouncementRejected extends InputRejected {

    public AnnouncementRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
