package org.iecmhc.lms.community;

import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.MonthlyDates;

/**
 * What is typed for a meeting: when it is (California time), and an optional topic and link (a video-call address).
 * Blank topic and link are kept as none.
 */
public record MeetingDetails(MeetingTime when, String topic, String link) {

    private static final MeetingTime.Messages WHEN = new MeetingTime.Messages("practice.meeting.date.required",
            "practice.meeting.time.required", "practice.meeting.minutes.range");

    /** The usual Community of Practice: six monthly meetings of 90 minutes. */
    public static final int USUAL_MEETINGS = 6;
    public static final int USUAL_MINUTES = 90;

    public MeetingDetails {
        topic = TypedText.trimmedOrNull(topic);
        link = TypedText.trimmedOrNull(link);
    }

    /** Refuses what cannot be a meeting, naming the field: date, time, minutes, topic or link. */
    MeetingDetails checked() {
        when.checked(WHEN);
        TypedText.requireFits(topic, PracticeLimits.MEETING_TOPIC, InputRejected::new, "topic",
                "practice.meeting.topic.tooLong");
        if (link != null && (!TypedText.fits(link, PracticeLimits.MEETING_LINK) || !isWebAddress(link))) {
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
}
