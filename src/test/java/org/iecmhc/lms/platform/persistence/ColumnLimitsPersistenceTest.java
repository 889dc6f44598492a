package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.iecmhc.lms.announcement.AnnouncementLimits;
import org.iecmhc.lms.cohort.CohortLimits;
import org.iecmhc.lms.completion.CompletionLimits;
import org.iecmhc.lms.consultation.ConsultationLimits;
import org.iecmhc.lms.consultation.request.RequestLimits;
import org.iecmhc.lms.course.CourseLimits;
import org.iecmhc.lms.evaluation.EvaluationLimits;
import org.iecmhc.lms.forum.ForumLimits;
import org.iecmhc.lms.helpline.HelplineLimits;
import org.iecmhc.lms.helpline.followup.FollowUpLimits;
import org.iecmhc.lms.identity.AccessTokenLimits;
import org.iecmhc.lms.identity.AccountLimits;
import org.iecmhc.lms.opendoor.OpenDoorLimits;
import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.community.PracticeLimits;
import org.iecmhc.lms.practicum.PracticumLimits;
import org.iecmhc.lms.provider.ProviderLimits;
import org.iecmhc.lms.supervision.SupervisionLimits;
import org.iecmhc.lms.support.SupportLimits;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.webinar.WebinarLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each feature's named input limit is its column's size in the migrated schema, so that the page's maxlength and the
 * rule refuse exactly what the database could not hold. Text columns hold far more: there the limit is ours.
 */
class ColumnLimitsPersistenceTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "account, first_name, " + AccountLimits.NAME,
            "account, last_name, " + AccountLimits.NAME,
            "account, email, " + EmailFormat.MAX_LENGTH,
            "access_token, name, " + AccessTokenLimits.NAME,
            "provider, name, " + ProviderLimits.NAME,
            "provider, city, " + ProviderLimits.CITY,
            "provider, license_number, " + ProviderLimits.LICENSE_NUMBER,
            "provider, contact_name, " + ProviderLimits.CONTACT_NAME,
            "provider, contact_phone, " + ProviderLimits.CONTACT_PHONE,
            "provider, contact_email, " + EmailFormat.MAX_LENGTH,
            "cohort, name, " + CohortLimits.NAME,
            "enrollment, withdrawal_reason, " + CohortLimits.WITHDRAWAL_REASON,
            "trainee_profile, agency, " + CohortLimits.AGENCY,
            "trainee_profile, discipline, " + CohortLimits.DISCIPLINE,
            "course, title, " + CourseLimits.TITLE,
            "course_module, title, " + CourseLimits.TITLE,
            "course_material, title, " + CourseLimits.TITLE,
            "course_material, url, " + CourseLimits.MATERIAL_URL,
            "assignment, title, " + CourseLimits.TITLE,
            "rubric_criterion, title, " + CourseLimits.TITLE,
            "rubric_level, title, " + CourseLimits.TITLE,
            "rubric_level, description, " + CourseLimits.LEVEL_DESCRIPTION,
            "certificate_signatory, name, " + CompletionLimits.SIGNATORY_NAME,
            "certificate_signatory, title, " + CompletionLimits.SIGNATORY_TITLE,
            "certificate_renewal_activity, description, " + CompletionLimits.RENEWAL_DESCRIPTION,
            "helpline_follow_up, note, " + FollowUpLimits.NOTE,
            "helpline_follow_up, outcome, " + FollowUpLimits.OUTCOME,
            "consultation_request, provider_name, " + RequestLimits.PROVIDER_NAME,
            "consultation_request, needs, " + RequestLimits.NEEDS,
            "helpline_topic, code, " + HelplineLimits.TOPIC_CODE,
            "helpline_topic, name_en, " + HelplineLimits.TOPIC_NAME,
            "helpline_topic, name_es, " + HelplineLimits.TOPIC_NAME,
            "helpline_call, caller_key, " + HelplineLimits.CALLER_KEY,
            "helpline_call, referrals, " + HelplineLimits.REFERRALS,
            "referral_resource, name, " + HelplineLimits.RESOURCE_NAME,
            "referral_resource, contact, " + HelplineLimits.RESOURCE_CONTACT,
            "open_door_session, title, " + OpenDoorLimits.TITLE,
            "open_door_attendance, comments, " + OpenDoorLimits.COMMENTS,
            "webinar, title, " + WebinarLimits.TITLE,
            "webinar, topic, " + WebinarLimits.TOPIC,
            "webinar, recording_link, " + WebinarLimits.RECORDING_LINK,
            "webinar_attendance, comments, " + WebinarLimits.COMMENTS,
            "support_series, title, " + SupportLimits.TITLE,
            "support_enrollment, comments, " + SupportLimits.COMMENTS,
            "consultation_assignment, action_plan, " + ConsultationLimits.ACTION_PLAN,
            "consultation_assignment, survey_comments, " + ConsultationLimits.SURVEY_COMMENTS,
            "consultation_activity, note, " + ConsultationLimits.NOTE,
            "supervision_session, topic, " + SupervisionLimits.TOPIC,
            "practice_series, title, " + PracticeLimits.SERIES_TITLE,
            "practice_meeting, topic, " + PracticeLimits.MEETING_TOPIC,
            "practice_meeting, link, " + PracticeLimits.MEETING_LINK,
            "practicum_placement, mentor_name, " + PracticumLimits.MENTOR_NAME,
            "practicum_placement, mentor_contact, " + PracticumLimits.MENTOR_CONTACT,
            "practicum_log_entry, note, " + PracticumLimits.NOTE,
            "practicum_log_entry, review_comment, " + PracticumLimits.REVIEW_COMMENT,
            "survey_template, title, " + EvaluationLimits.TEMPLATE_TITLE,
            "survey_question, text_en, " + EvaluationLimits.QUESTION,
            "survey_question, text_es, " + EvaluationLimits.QUESTION,
            "course_evaluation_answer, text_answer, " + EvaluationLimits.ANSWER,
            "announcement, title_en, " + AnnouncementLimits.TITLE,
            "announcement, body_en, " + AnnouncementLimits.BODY,
            "announcement, title_es, " + AnnouncementLimits.TITLE,
            "announcement, body_es, " + AnnouncementLimits.BODY,
            "forum_thread, title, " + ForumLimits.THREAD_TITLE,
            "forum_post, body, " + ForumLimits.POST_BODY,
            "forum_post, hidden_reason, " + ForumLimits.HIDE_REASON,
    })
    void theLimitIsTheColumnsSize(String table, String column, int limit) throws SQLException {
        assertEquals(limit, columnSize(table, column));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "course, description, " + CourseLimits.DESCRIPTION,
            "assignment, instructions, " + CourseLimits.INSTRUCTIONS,
            "submission, feedback, " + CourseLimits.FEEDBACK,
            "submission_attempt, body, " + CourseLimits.SUBMISSION_BODY,
            "supervision_note, body, " + SupervisionLimits.NOTE,
            "competency_evaluation, narrative, " + EvaluationLimits.NARRATIVE,
    })
    void aTextColumnHoldsAtLeastTheLimit(String table, String column, int limit) throws SQLException {
        int size = columnSize(table, column);
        assertTrue(size >= limit, table + "." + column + " holds " + size + " characters, less than " + limit);
    }

    private static int columnSize(String table, String column) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData schema = connection.getMetaData();
            try (ResultSet columns = schema.getColumns(connection.getCatalog(), null, table, column)) {
                assertTrue(columns.next(), table + "." + column + " is not in the schema");
                return columns.getInt("COLUMN_SIZE");
            }
        }
    }
}
