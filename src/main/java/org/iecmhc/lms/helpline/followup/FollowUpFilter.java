package org.iecmhc.lms.helpline.followup;

/**
 * What the queue is narrowed to; any part may be empty. The assignee is an email (the viewer's own for "mine");
 * overdue means still open after its due date.
 */
public record FollowUpFilter(String assigneeEmail, boolean overdue, FollowUpStatus status, String countyFips,
                             Long topicId) {

    public static FollowUpFilter open() {
        return new FollowUpFilter(null, false, FollowUpStatus.OPEN, null, null);
    }
}
