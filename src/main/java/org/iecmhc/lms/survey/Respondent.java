package org.iecmhc.lms.survey;

/** Who gave a survey answer: the participant through their own link, or staff typing it in for them. */
public enum Respondent {
    PARTICIPANT, STAFF;

    public String messageKey() {
        return "participantSurvey.respondent." + name();
    }
}
