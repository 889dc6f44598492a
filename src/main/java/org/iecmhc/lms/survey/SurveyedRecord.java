package org.iecmhc.lms.survey;

/** A record that holds one participant's answer to its service's closing question (empty until they answer). */
public interface SurveyedRecord {

    SurveyAnswer getSurvey();
}
