package org.iecmhc.lms.forum;

/** A line of a person's forum list: the forum and how many of its threads have posts they have not read. */
public record ForumSummary(ForumPlace place, long unreadThreads) {
}
