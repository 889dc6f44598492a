package org.iecmhc.lms.survey;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The survey of a service tier whose records each hold one participant's answer (an Open-Door attendance, a support
 * enrollment, a webinar attendance): the record is found by id, the comment checked against the tier's limit, and the
 * answer stored on the record as the participant's own. A tier says which record; the record says what it asks.
 *
 * @param <R> the record that holds one participant's answer
 */
public abstract class RecordSurveys<R extends SurveyedRecord> implements SurveyTarget {

    @Inject
    EntityManager em;

    private final String kind;
    private final Class<R> type;
    private final int commentLimit;

    /**
     * @param commentLimit the longest comment the tier's column holds; a longer one is refused with the tier's
     *                     {@code <kind>.comments.tooLong} message
     */
    protected RecordSurveys(String kind, Class<R> type, int commentLimit) {
        this.kind = kind;
        this.type = type;
        this.commentLimit = commentLimit;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Optional<SurveyQuestion> question(long recordId) {
        return record(recordId).map(SurveyedRecord::surveyQuestion);
    }

    @Override
    @Transactional
    public void answer(long recordId, SurveyAnswer given) {
        given.check(commentLimit, "comments", kind + ".comments.tooLong");
        em.find(type, recordId).answerOwn(given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return record(recordId).map(SurveyedRecord::getSurvey);
    }

    private Optional<R> record(long recordId) {
        return Optional.ofNullable(em.find(type, recordId));
    }
}
