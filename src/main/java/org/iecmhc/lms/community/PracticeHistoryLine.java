package org.iecmhc.lms.community;

import java.io.Serializable;

import org.iecmhc.lms.cohort.MeetingHistory;

/**
 * One line of a Community of Practice history file as it will be stored: the series (a stored one when {@code
 * seriesId} is set, else one the file starts), the meeting, and a trainee's attendance when the line names one.
 */
public record PracticeHistoryLine(int line, String series, Long seriesId, MeetingHistory.Entry<Attendance> entry)
        implements Serializable {
}
