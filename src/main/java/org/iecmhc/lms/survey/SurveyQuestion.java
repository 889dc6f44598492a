package org.iecmhc.lms.survey;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a participant's link asks about: the service (a session's or series' title, a consultant's name), the day
 * it took place or ended, and the longest comment its record holds.
 *
 * @param kind          the {@link SurveyTarget#kind()}, which names the question's text in the bundles
 * @param title         the service as the participant knows it
 * @param on            the day of the session, the start of the series, the end of consultation
 * @param commentsLimit the size of the record's comments column
 */
public record SurveyQuestion(String kind, String title, LocalDate on, int commentsLimit) implements Serializable {

    public String questionKey() {
        return "participantSurvey.question." + kind;
    }
}
