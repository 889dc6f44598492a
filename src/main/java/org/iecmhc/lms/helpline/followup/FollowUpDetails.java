package org.iecmhc.lms.helpline.followup;

import java.time.LocalDate;

/** What is typed to open a follow-up: who does it, by when, and what is to be done. */
public record FollowUpDetails(Long assigneeId, LocalDate dueOn, String note) {
}
