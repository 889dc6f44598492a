package org.iecmhc.lms.evaluation;

/** What a survey template is for: trainees evaluating a course, or faculty evaluating a trainee's competencies. */
public enum SurveyPurpose {
    COURSE_EVALUATION, COMPETENCY_EVALUATION;

    public String messageKey() {
        return "evaluation.purpose." + name();
    }
}
