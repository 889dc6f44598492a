package org.iecmhc.lms.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;

/** One loaded cohort as the later steps need it: its dates, faculty and trainees, and what each trainee earned. */
final class CohortPlan {

    final long id;
    final LocalDate starts;
    final LocalDate ends;
    final CohortStatus status;
    final long lead;
    final long second;
    final List<Member> members = new ArrayList<>();

    CohortPlan(long id, LocalDate starts, LocalDate ends, CohortStatus status, long lead, long second) {
        this.id = id;
        this.starts = starts;
        this.ends = ends;
        this.status = status;
        this.lead = lead;
        this.second = second;
    }

    /** The trainees who took part (everyone but those who only applied). */
    List<Member> participants() {
        return members.stream().filter(m -> m.status != EnrollmentStatus.APPLIED).toList();
    }

    /**
     * A trainee of the cohort. Completed trainees keep up with nearly everything, those who did not complete miss
     * much; {@code until} is the last day they took part.
     */
    static final class Member {
        final long traineeId;
        final long enrollmentId;
        final EnrollmentStatus status;
        final LocalDate until;
        int supervisionMinutes;
        int copMeetings;
        int practicumMinutes;

        Member(long traineeId, long enrollmentId, EnrollmentStatus status, LocalDate until) {
            this.traineeId = traineeId;
            this.enrollmentId = enrollmentId;
            this.status = status;
            this.until = until;
        }

        /** Whether the trainee, still with the cohort that day, attends: in 19 cases of 20, or 1 in 2 if not completing. */
        boolean attends(LocalDate day, java.util.Random random) {
            return !day.isAfter(until) && random.nextInt(20) < (status == EnrollmentStatus.NOT_COMPLETED ? 10 : 19);
        }
    }
}
