package org.iecmhc.lms.forum;

import java.io.Serializable;

/** A thread as a forum's list shows it to one person: unread while a post came after they last opened it. */
public record ThreadRow(ForumThread thread, boolean unread) implements Serializable {

    public long id() {
        return thread.getId();
    }
}
