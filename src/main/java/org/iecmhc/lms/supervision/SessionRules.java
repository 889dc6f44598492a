package org.iecmhc.lms.supervision;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MeetingTime;

/** The rules a session's form must meet before anything is looked up in the database. */
final class SessionRules {

    private static final MeetingTime.Messages WHEN = new MeetingTime.Messages("supervision.date.required",
            "supervision.time.required", "supervision.minutes.range");

    private SessionRules() {
    }

    static void check(SessionDetails details) {
        if (details.cohortId() == null) {
            throw new InputRejected("cohort", "supervision.cohort.required");
        }
        if (details.kind() == null) {
            throw new InputRejected("kind", "supervision.kind.required");
        }
        if (details.supervisorId() == null) {
            throw new InputRejected("supervisor", "supervision.supervisor.required");
        }
        details.when().checked(WHEN);
        TypedText.requireFits(details.topic(), SupervisionLimits.TOPIC, InputRejected::new, "topic",
                "supervision.topic.tooLong");
        checkInvited(details.kind(), details.traineeIds().size());
    }

    /** An individual session is one trainee with their supervisor; a group needs at least one trainee. */
    static void checkInvited(SessionKind kind, int invited) {
        if (kind == SessionKind.INDIVIDUAL && invited != 1) {
            throw new InputRejected("trainees", "supervision.trainees.individual");
        }
        if (invited == 0) {
            throw new InputRejected("trainees", "supervision.trainees.required");
        }
    }

    static String checkNote(String text) {
        if (text == null || text.isBlank()) {
            throw new InputRejected("note", "supervision.note.required");
        }
        TypedText.requireFits(text, SupervisionLimits.NOTE, InputRejected::new, "note", "supervision.note.tooLong");
        return text.trim();
    }
}
