package org.iecmhc.lms.forum;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A forum rule refused what was typed, or the forum, thread or post is not the person's to reach. */
public class ForumRejected extends InputRejected {

    public ForumRejected(String field, String messageKey) {
        super(field, messageKey);
    }

    static ForumRejected notFound() {
        return new ForumRejected(null, "forum.notFound");
    }
}
