package org.iecmhc.lms.supervision;

import java.io.Serializable;

import org.iecmhc.lms.cohort.MeetingHistory;

/**
 * One line of a supervision history file as it will be stored: the session and one trainee invited to it, with their
 * attendance (null: invited, not taken). A history file holds no notes: confidential notes never leave the pages.
 */
public record SupervisionHistoryLine(int line, SessionKind kind, MeetingHistory.Entry<Attendance> entry)
        implements Serializable {
}
