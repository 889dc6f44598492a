package org.iecmhc.lms.survey;

/**
 * Who gave a survey answer: the participant through their own link, staff typing it in for them, or the participant
 * on the paper or online forms of the time, brought in by a history import.
 */
public enum Respondent {
    PARTICIPANT("participantSurvey.respondent.PARTICIPANT"),
    STAFF("participantSurvey.respondent.STAFF"),
    IMPORTED("surveyAnswer.respondent.IMPORTED");

    private final String messageKey;

    Respondent(String messageKey) {
        this.messageKey = messageKey;
    }

    /**
     * Whether the words are the participant's own, however they reached us: the impact figures count these, and staff
     * may not rewrite them.
     */
    public boolean participantsOwn() {
        return this != STAFF;
    }

    public String messageKey() {
        return messageKey;
    }
}
