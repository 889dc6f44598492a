package org.iecmhc.lms.practice;

import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.MonthlyDates;

/**
 * What is typed for a meeting: when it is (California time), and an optional topic and link (a video-call address).
 * Blank topic and link are kept as none.
 */
public record MeetingDetails(MeetingTime when, String topic, String link) {

    /** The usual Community of Practice: six monthly meetings of 90 minutes. */
    public static final int USUAL_MEETINGS = 6;
    public static final int USUAL_MINUTES = 90;
    private static final int MAX_TOPIC = 200;
    private static final int MAX_LINK = 500;

    public MeetingDetails {
        topic = blankAsNone(topic);
        link = blankAsNone(link);
    }

    /** Refuses what cannot be a meeting, naming the field: date, time, minutes, topic or link. */
    MeetingDetails checked() {
        when.checked("practice.meeting");
        if (topic != null && topic.length() > MAX_TOPIC) {
            throw new InputRejected("topic", "practice.meeting.topic.tooLong");
        }
        if (link != null && (link.length() > MAX_LINK || !isWebAddress(link))) {
            throw new InputRejected("link", "practice.meeting.link.malformed");
        }
        return this;
    }

    /** This meeting and the next ones a month apart each, on the same day of the month where the month has it. */
    List<MeetingDetails> monthly(int count) {
        checked();
        return MonthlyDates.from(when.date(), count).stream().map(day -> new MeetingDetails(when.on(day), topic, link))
                .toList();
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !text.contains(" ") && text.length() > 8;
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
