package org.iecmhc.lms.survey;

import java.util.Optional;

/**
 * A service whose participants answer its survey through their own links (Open-Door, Community of Support,
 * consultation): it says what is asked about one of its records and records the participant's answer there, so that
 * this package needs none of them.
 */
public interface SurveyTarget {

    /** The kind of record its links name; also the last part of its mail's and question's bundle keys. */
    String kind();

    /** What the participant of this record is asked, or empty when the record is gone. */
    Optional<SurveyQuestion> question(long recordId);

    /**
     * Records the participant's own answer on the record, in the caller's transaction, refusing a comment too long
     * for its column at the field {@code comments}.
     */
    void answer(long recordId, SurveyAnswer given);

    /** The answer the record holds, for the export of the participant who gave it; empty when the record is gone. */
    Optional<SurveyAnswer> given(long recordId);

    /**
     * Erases the words of the participant's own answer on the record (their comment and consent to quote it), keeping
     * the yes or no the figures count; an answer staff typed is not theirs and stays.
     */
    default void eraseOwnWords(long recordId) {
        given(recordId).filter(answer -> answer.answeredBy() == Respondent.PARTICIPANT)
                .ifPresent(answer -> answer(recordId, answer.withoutWords()));
    }
}
