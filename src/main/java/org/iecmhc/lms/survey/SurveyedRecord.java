package org.iecmhc.lms.survey;

/** A record that holds one participant's answer to its service's closing question (empty until they answer). */
public interface SurveyedRecord {

    SurveyAnswer getSurvey();

    /** What the participant of this record is asked, by their link and on its page. */
    SurveyQuestion surveyQuestion();

    /** Stores the answer the participant gave through their link, in place of any that staff typed. */
    void answerOwn(SurveyAnswer given);
}
