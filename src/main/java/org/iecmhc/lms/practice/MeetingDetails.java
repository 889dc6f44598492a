package org.iecmhc.lms.practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MonthlyDates;

/**
 * What is typed for a meeting: its California date and start time, its length, and an optional topic and link (a
 * video-call address). Blank topic and link are kept as none.
 */
public record MeetingDetails(LocalDate date, LocalTime time, Integer minutes, String topic, String link) {

    /** The usual Community of Practice: six monthly meetings of 90 minutes. */
    public static final int USUAL_MEETINGS = 6;
    public static final int USUAL_MINUTES = 90;
    static final int MAX_MINUTES = 24 * 60;
    public MeetingDetails {
        topic = TypedText.trimmedOrNull(topic);
        link = TypedText.trimmedOrNull(link);
    }

    /** Refuses what cannot be a meeting, naming the field: date, time, minutes, topic or link. */
    MeetingDetails checked() {
        if (date == null) {
            throw new InputRejected("date", "practice.meeting.date.required");
        }
        if (time == null) {
            throw new InputRejected("time", "practice.meeting.time.required");
        }
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new InputRejected("minutes", "practice.meeting.minutes.range");
        }
        TypedText.requireFits(topic, PracticeLimits.MEETING_TOPIC, InputRejected::new, "topic",
                "practice.meeting.topic.tooLong");
        if (link != null && (!TypedText.fits(link, PracticeLimits.MEETING_LINK) || !isWebAddress(link))) {
            throw new InputRejected("link", "practice.meeting.link.malformed");
        }
        return this;
    }

    LocalDateTime startsAtPacific() {
        return date.atTime(time);
    }

    /** This meeting and the next ones a month apart each, on the same day of the month where the month has it. */
    List<MeetingDetails> monthly(int count) {
        checked();
        return MonthlyDates.from(date, count).stream().map(day -> new MeetingDetails(day, time, minutes, topic, link)).toList();
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !text.contains(" ") && text.length() > 8;
    }
}
