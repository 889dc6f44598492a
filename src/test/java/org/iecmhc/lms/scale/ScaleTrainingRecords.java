package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.evaluation.EvaluationStatus;
import org.iecmhc.lms.evaluation.Recommendation;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.practicum.EntryStatus;
import org.iecmhc.lms.practicum.PlacementStatus;
import org.iecmhc.lms.practicum.PracticumActivity;
import org.iecmhc.lms.supervision.Attendance;
import org.iecmhc.lms.supervision.SessionKind;

/**
 * A cohort's school year of credits: monthly group and fortnightly individual reflective supervision, a monthly
 * Community of Practice, a practicum placement with two log entries a week, and the final competency evaluation.
 * Attendance is taken and entries are logged only up to {@link ScaleContext#TODAY}; later sessions are scheduled.
 */
final class ScaleTrainingRecords {

    private static final int GROUP_SESSIONS = 10;
    private static final int GROUP_MINUTES = 120;
    private static final int INDIVIDUAL_SESSIONS = 10;
    private static final int INDIVIDUAL_MINUTES = 60;
    private static final int COP_MEETINGS = 10;
    private static final int COP_MINUTES = 90;
    private static final int PRACTICUM_WEEKS = 36;
    private static final List<String> MENTORS = List.of("Carmen Ruiz", "Dana Brooks", "Lan Pham", "Maya Johnson");

    private final ScaleContext context;

    ScaleTrainingRecords(ScaleContext context) {
        this.context = context;
    }

    void load(List<CohortPlan> plans) throws SQLException {
        supervision(plans);
        communityOfPractice(plans);
        practicum(plans);
        evaluations(plans);
    }

    private void supervision(List<CohortPlan> plans) throws SQLException {
        context.log.begin("reflective supervision");
        Random random = context.random("supervision");
        try (BulkInsert sessions = context.insert("supervision_session", "id", "cohort_id", "kind", "supervisor_id",
                "starts_at", "duration_minutes", "topic");
             BulkInsert invitations = context.insert("supervision_invitation", "id", "session_id", "trainee_id",
                     "attendance").after(sessions);
             BulkInsert notes = context.insert("supervision_note", "id", "session_id", "author_id", "subject_id",
                     "written_at", "body")
                     .after(sessions)) {
            for (CohortPlan plan : plans) {
                for (int month = 0; month < GROUP_SESSIONS; month++) {
                    LocalDate day = plan.starts.plusMonths(month).plusDays(2);
                    long session = context.nextId("supervision_session");
                    sessions.row(session, plan.id, SessionKind.GROUP, plan.lead, PacificTime.toUtc(day.atTime(17, 0)),
                            GROUP_MINUTES, "Group reflection " + (month + 1));
                    for (CohortPlan.Member member : plan.participants()) {
                        if (!day.isAfter(member.until)) {
                            invitations.row(context.nextId("supervision_invitation"), session, member.traineeId,
                                    attendance(random, member, day, GROUP_MINUTES));
                        }
                    }
                }
                int t = 0;
                for (CohortPlan.Member member : plan.participants()) {
                    long supervisor = t++ % 2 == 0 ? plan.lead : plan.second;
                    for (int fortnight = 0; fortnight < INDIVIDUAL_SESSIONS; fortnight++) {
                        LocalDate day = LocalDate.of(plan.starts.getYear() + 1, 1, 6).plusWeeks(2L * fortnight);
                        if (day.isAfter(member.until)) {
                            break;
                        }
                        long session = context.nextId("supervision_session");
                        sessions.row(session, plan.id, SessionKind.INDIVIDUAL, supervisor,
                                PacificTime.toUtc(day.atTime(9, 0).plusMinutes(30L * (t % 14))), INDIVIDUAL_MINUTES, null);
                        Attendance attendance = attendance(random, member, day, INDIVIDUAL_MINUTES);
                        invitations.row(context.nextId("supervision_invitation"), session, member.traineeId, attendance);
                        if (attendance == Attendance.PRESENT && random.nextInt(15) == 0) {
                            notes.row(context.nextId("supervision_note"), session, supervisor, member.traineeId, day.atTime(20, 0),
                                    "Confidential: explored the trainee's reaction to a hard visit.");
                        }
                    }
                }
            }
        }
        context.log.end();
    }

    /** Null (not yet taken) for sessions after today. */
    private static Attendance attendance(Random random, CohortPlan.Member member, LocalDate day, int minutes) {
        if (!day.isBefore(ScaleContext.TODAY)) {
            return null;
        }
        if (member.attends(day, random)) {
            member.supervisionMinutes += minutes;
            return Attendance.PRESENT;
        }
        return random.nextBoolean() ? Attendance.ABSENT : Attendance.EXCUSED;
    }

    private void communityOfPractice(List<CohortPlan> plans) throws SQLException {
        context.log.begin("community of practice");
        Random random = context.random("practice");
        try (BulkInsert series = context.insert("practice_series", "id", "cohort_id", "title", "facilitator_id");
             BulkInsert meetings = context.insert("practice_meeting", "id", "series_id", "starts_at", "duration_minutes",
                     "topic", "link").after(series);
             BulkInsert attendance = context.insert("practice_attendance", "id", "meeting_id", "trainee_id", "status")
                     .after(meetings)) {
            for (CohortPlan plan : plans) {
                long id = context.nextId("practice_series");
                series.row(id, plan.id, "Community of Practice", plan.second);
                for (int month = 0; month < COP_MEETINGS; month++) {
                    LocalDate day = plan.starts.plusMonths(month).plusDays(11);
                    long meeting = context.nextId("practice_meeting");
                    meetings.row(meeting, id, PacificTime.toUtc(day.atTime(18, 0)), COP_MINUTES, "Case consultation "
                            + (month + 1), "https://meet.example.org/cop-" + id);
                    if (!day.isBefore(ScaleContext.TODAY)) {
                        continue;
                    }
                    for (CohortPlan.Member member : plan.participants()) {
                        if (day.isAfter(member.until)) {
                            continue;
                        }
                        boolean present = member.attends(day, random);
                        if (present) {
                            member.copMeetings++;
                        }
                        attendance.row(context.nextId("practice_attendance"), meeting, member.traineeId,
                                present ? org.iecmhc.lms.community.Attendance.PRESENT
                                        : random.nextBoolean() ? org.iecmhc.lms.community.Attendance.ABSENT
                                        : org.iecmhc.lms.community.Attendance.EXCUSED);
                    }
                }
            }
        }
        context.log.end();
    }

    /**
     * One placement per trainee, two entries a week; entries of the last three weeks before today wait for review
     * and one in fifteen came back to the trainee.
     */
    private void practicum(List<CohortPlan> plans) throws SQLException {
        context.log.begin("practicum");
        Random random = context.random("practicum");
        try (BulkInsert placements = context.insert("practicum_placement", "id", "enrollment_id", "provider_id",
                "mentor_name", "mentor_contact", "start_on", "end_on", "status");
             BulkInsert entries = context.insert("practicum_log_entry", "id", "placement_id", "trainee_id", "logged_on",
                     "starts_at", "minutes", "activity", "note", "status", "review_comment", "reviewed_by", "reviewed_at")
                     .after(placements)) {
            for (CohortPlan plan : plans) {
                LocalDate starts = plan.starts.plusDays(14);
                LocalDate ends = plan.ends.minusDays(15);
                for (CohortPlan.Member member : plan.participants()) {
                    long placement = context.nextId("practicum_placement");
                    PlacementStatus status = member.status == EnrollmentStatus.WITHDRAWN ? PlacementStatus.ENDED_EARLY
                            : plan.status == CohortStatus.CLOSED ? PlacementStatus.COMPLETED : PlacementStatus.ACTIVE;
                    placements.row(placement, member.enrollmentId, ScaleContext.pick(random, context.providers),
                            ScaleContext.pick(random, MENTORS), "mentor@example.org", starts, ends, status);
                    for (int k = 0; k < 2 * PRACTICUM_WEEKS; k++) {
                        LocalDate day = starts.plusWeeks(k / 2).plusDays(k % 2 == 0 ? 0 : 2);
                        if (!day.isBefore(ScaleContext.TODAY) || day.isAfter(member.until) || !member.attends(day, random)) {
                            continue;
                        }
                        int minutes = 60 + 30 * random.nextInt(5);
                        EntryStatus entry = day.isAfter(ScaleContext.TODAY.minusWeeks(3)) ? EntryStatus.SUBMITTED
                                : random.nextInt(15) == 0 ? EntryStatus.RETURNED : EntryStatus.APPROVED;
                        boolean reviewed = entry != EntryStatus.SUBMITTED;
                        if (entry == EntryStatus.APPROVED) {
                            member.practicumMinutes += minutes;
                        }
                        entries.row(context.nextId("practicum_log_entry"), placement, member.traineeId, day,
                                k % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(13, 0), minutes,
                                PracticumActivity.values()[k % PracticumActivity.values().length],
                                "Observed the toddler room and met the director.", entry,
                                entry == EntryStatus.RETURNED ? "Please describe what you observed." : null,
                                reviewed ? Long.valueOf(plan.lead) : null, reviewed ? day.plusDays(3).atTime(19, 0) : null);
                    }
                }
            }
        }
        context.log.end();
    }

    /**
     * Closed cohorts: every trainee who finished has a submitted evaluation (recommended if they completed); in the
     * cohorts under way, a tenth of the trainees already have a draft.
     */
    private void evaluations(List<CohortPlan> plans) throws SQLException {
        context.log.begin("competency evaluations");
        Random random = context.random("evaluations");
        long template = context.queryLong("select id from survey_template where purpose = 'COMPETENCY_EVALUATION'"
                + " and default_template = true");
        List<Long> questions = context.queryIds("select id from survey_question where template_id = " + template
                + " order by sort_order");
        try (BulkInsert evaluations = context.insert("competency_evaluation", "id", "enrollment_id", "template_id",
                "author_id", "status", "recommendation", "narrative", "updated_on", "submitted_on");
             BulkInsert ratings = context.insert("competency_rating", "id", "evaluation_id", "question_id", "rating")
                     .after(evaluations)) {
            for (CohortPlan plan : plans) {
                for (CohortPlan.Member member : plan.participants()) {
                    boolean finished = member.status == EnrollmentStatus.COMPLETED
                            || member.status == EnrollmentStatus.NOT_COMPLETED;
                    boolean draft = member.status == EnrollmentStatus.ENROLLED && random.nextInt(10) == 0;
                    if (!finished && !draft) {
                        continue;
                    }
                    long id = context.nextId("competency_evaluation");
                    LocalDate on = finished ? plan.ends.minusDays(20) : ScaleContext.TODAY.minusDays(3);
                    Recommendation recommendation = !finished ? null : member.status == EnrollmentStatus.COMPLETED
                            ? Recommendation.RECOMMENDED : Recommendation.NOT_RECOMMENDED;
                    evaluations.row(id, member.enrollmentId, template, plan.lead,
                            finished ? EvaluationStatus.SUBMITTED : EvaluationStatus.DRAFT, recommendation,
                            "Works well with providers and families.", on, finished ? on : null);
                    for (long question : questions) {
                        ratings.row(context.nextId("competency_rating"), id, question, finished
                                ? (member.status == EnrollmentStatus.COMPLETED ? 3 + random.nextInt(3) : 1 + random.nextInt(3))
                                : 2 + random.nextInt(3));
                    }
                }
            }
        }
        context.log.end();
    }
}
