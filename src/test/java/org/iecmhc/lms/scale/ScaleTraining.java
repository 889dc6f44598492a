package org.iecmhc.lms.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.RaceEthnicity;

/**
 * The Consultant Training Program: 50 cohorts of 40 trainees, ten starting each September from 2022 to 2026 (the
 * last ten are under way on {@link ScaleContext#TODAY}), with demographics profiles, enrollments that ended every
 * way an enrollment ends, and a year of course, supervision, Community of Practice, practicum and evaluation
 * records; completed trainees have their certificate.
 */
final class ScaleTraining {

    private static final int COHORTS = 50;
    private static final int YEARS = 5;
    private static final int LAST_START_YEAR = 2026;
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final List<String> AGENCIES = List.of("First 5 County Commission", "County Behavioral Health",
            "Child Care Resource Center", "Family Resource Center", "Head Start program", "Private practice");
    private static final List<String> DISCIPLINES = List.of("Marriage and family therapy", "Clinical social work",
            "Early childhood education", "Psychology", "Nursing", "Professional clinical counseling");

    private final ScaleContext context;

    ScaleTraining(ScaleContext context) {
        this.context = context;
    }

    static int cohorts(ScaleSettings settings) {
        return settings.scaled(COHORTS, 2);
    }

    /** The year a cohort starts in: the cohorts are spread over five Septembers, the last ones in 2026. */
    static int startYear(int cohort, int cohorts) {
        return LAST_START_YEAR - (cohorts - 1 - cohort) * YEARS / cohorts;
    }

    void load() throws SQLException {
        List<CohortPlan> plans = cohortsAndEnrollments();
        new ScaleCourses(context).load(plans);
        new ScaleTrainingRecords(context).load(plans);
        certificates(plans);
    }

    private List<CohortPlan> cohortsAndEnrollments() throws SQLException {
        context.log.begin("cohorts and enrollments");
        Random random = context.random("cohorts");
        List<String> counties = ScaleProviders.counties(context);
        int cohorts = cohorts(context.settings);
        List<CohortPlan> plans = new ArrayList<>();
        try (BulkInsert cohortRows = context.insert("cohort", "id", "name", "start_date", "end_date", "language",
                "capacity", "status", "required_supervision_hours", "required_cop_meetings", "required_practicum_hours",
                "final_evaluation_required");
             BulkInsert faculty = context.insert("cohort_faculty", "cohort_id", "account_id").after(cohortRows);
             BulkInsert enrollments = context.insert("enrollment", "id", "cohort_id", "trainee_id", "status", "applied_on",
                     "enrolled_on", "withdrawn_on", "withdrawal_reason", "ended_on").after(cohortRows);
             BulkInsert profiles = context.insert("trainee_profile", "id", "account_id", "race_ethnicity", "language",
                     "county_fips", "agency", "discipline")) {
            for (int c = 0; c < cohorts; c++) {
                int year = startYear(c, cohorts);
                LocalDate starts = LocalDate.of(year, 9, 1);
                LocalDate ends = LocalDate.of(year + 1, 6, 30);
                CohortStatus status = ends.isBefore(ScaleContext.TODAY) ? CohortStatus.CLOSED : CohortStatus.ACTIVE;
                long id = context.nextId("cohort");
                CohortPlan plan = new CohortPlan(id, starts, ends, status,
                        context.faculty.get((2 * c) % context.faculty.size()),
                        context.faculty.get((2 * c + 1) % context.faculty.size()));
                plans.add(plan);
                cohortRows.row(id, String.format("%d-%d cohort %02d", year, year + 1, c + 1), starts, ends,
                        InstructionLanguage.values()[c % InstructionLanguage.values().length],
                        ScaleAccounts.TRAINEES_PER_COHORT, status, new BigDecimal("24"), 6, new BigDecimal("60"), true);
                faculty.row(id, plan.lead);
                faculty.row(id, plan.second);
                for (int t = 0; t < ScaleAccounts.TRAINEES_PER_COHORT; t++) {
                    long trainee = context.trainees.get(c * ScaleAccounts.TRAINEES_PER_COHORT + t);
                    profiles.row(context.nextId("trainee_profile"), trainee, race(random), background(random),
                            random.nextInt(25) == 0 ? null : ScaleContext.pick(random, counties),
                            ScaleContext.pick(random, AGENCIES), ScaleContext.pick(random, DISCIPLINES));
                    plan.members.add(enrol(enrollments, random, plan, trainee));
                }
            }
        }
        context.log.end();
        return plans;
    }

    private CohortPlan.Member enrol(BulkInsert enrollments, Random random, CohortPlan plan, long trainee)
            throws SQLException {
        int roll = random.nextInt(100);
        EnrollmentStatus status = plan.status == CohortStatus.CLOSED
                ? roll < 80 ? EnrollmentStatus.COMPLETED : roll < 90 ? EnrollmentStatus.NOT_COMPLETED : EnrollmentStatus.WITHDRAWN
                : roll < 90 ? EnrollmentStatus.ENROLLED : roll < 95 ? EnrollmentStatus.WITHDRAWN : EnrollmentStatus.APPLIED;
        LocalDate lastDay = plan.ends.isBefore(ScaleContext.TODAY) ? plan.ends : ScaleContext.TODAY;
        LocalDate withdrawn = status == EnrollmentStatus.WITHDRAWN ? ScaleContext.day(random, plan.starts, lastDay) : null;
        boolean ended = status == EnrollmentStatus.COMPLETED || status == EnrollmentStatus.NOT_COMPLETED;
        long id = context.nextId("enrollment");
        enrollments.row(id, plan.id, trainee, status, plan.starts.minusMonths(1),
                status == EnrollmentStatus.APPLIED ? null : plan.starts, withdrawn,
                withdrawn == null ? null : "Took a position outside the Network's region.", ended ? plan.ends : null);
        return new CohortPlan.Member(trainee, id, status, withdrawn != null ? withdrawn : plan.ends);
    }

    private static RaceEthnicity race(Random random) {
        int roll = random.nextInt(100);
        return roll < 38 ? RaceEthnicity.HISPANIC_LATINO : roll < 65 ? RaceEthnicity.CAUCASIAN
                : roll < 78 ? RaceEthnicity.ASIAN : roll < 85 ? RaceEthnicity.AFRICAN_AMERICAN
                : roll < 90 ? RaceEthnicity.MIXED_HERITAGE : roll < 92 ? RaceEthnicity.NATIVE_AMERICAN_ALASKAN
                : roll < 93 ? RaceEthnicity.PACIFIC_ISLANDER : roll < 95 ? RaceEthnicity.OTHER
                : roll < 98 ? RaceEthnicity.DECLINED : null;
    }

    private static LanguageBackground background(Random random) {
        int roll = random.nextInt(100);
        return roll < 45 ? LanguageBackground.ENGLISH_ONLY : roll < 85 ? LanguageBackground.BILINGUAL_SPANISH
                : roll < 95 ? LanguageBackground.MULTILINGUAL_OTHER : roll < 98 ? LanguageBackground.DECLINED : null;
    }

    /** Issued the week after a closed cohort ended, with the figures the trainee's loaded records give. */
    private void certificates(List<CohortPlan> plans) throws SQLException {
        context.log.begin("completion certificates");
        Random random = context.random("certificates");
        try (BulkInsert certificates = context.insert("completion_certificate", "id", "enrollment_id", "code",
                "issued_at", "issued_by", "supervision_hours", "cop_meetings", "practicum_hours", "courses_passed",
                "final_evaluation")) {
            for (CohortPlan plan : plans) {
                for (CohortPlan.Member member : plan.members) {
                    if (member.status != EnrollmentStatus.COMPLETED) {
                        continue;
                    }
                    StringBuilder code = new StringBuilder();
                    for (int i = 0; i < 12; i++) {
                        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                    certificates.row(context.nextId("completion_certificate"), member.enrollmentId, code.toString(),
                            plan.ends.plusDays(7).atTime(17, 0), context.administratorEmail,
                            hours(member.supervisionMinutes), member.copMeetings, hours(member.practicumMinutes),
                            ScaleCourses.COURSES, true);
                }
            }
        }
        context.log.end();
    }

    private static BigDecimal hours(int minutes) {
        return new BigDecimal(minutes).divide(new BigDecimal(60), 2, RoundingMode.HALF_UP);
    }
}
