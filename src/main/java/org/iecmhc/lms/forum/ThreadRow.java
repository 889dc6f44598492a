package org.iecmhc.lms.forum;

/** A thread as a forum's list shows it to one person: unread while a post came after they last opened it. */
public record ThreadRow(ForumThread thread, boolean unread) {

    public long id() {
        return thread.getId();
    }
}
