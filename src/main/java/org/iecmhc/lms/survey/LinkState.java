package org.iecmhc.lms.survey;

/** What a survey link can do when it is opened. */
public enum LinkState {
    /** It may still be answered. */
    OPEN,
    /** Its participant has answered; a link answers once. */
    ANSWERED,
    /** More than {@link SurveyLinks#VALID_FOR} has passed since it was sent. */
    EXPIRED,
    /** No such link, or the record it was for is gone. */
    UNKNOWN
}
