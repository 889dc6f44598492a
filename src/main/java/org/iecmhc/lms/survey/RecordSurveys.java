package org.iecmhc.lms.survey;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The survey of a service tier whose records each hold one participant's answer (an Open-Door attendance, a support
 * enrollment, a webinar attendance): the record is found by id, the comment checked against the tier's limit, and the
 * answer stored on the record as the participant's own. A tier says which record, how it is asked and how it keeps
 * the answer.
 */
public abstract class RecordSurveys<R> implements SurveyTarget {

    @Inject
    EntityManager em;

    private final Class<R> type;
    private final int commentLimit;
    private final String commentTooLongKey;

    protected RecordSurveys(Class<R> type, int commentLimit, String commentTooLongKey) {
        this.type = type;
        this.commentLimit = commentLimit;
        this.commentTooLongKey = commentTooLongKey;
    }

    /** What the participant of this record is asked. */
    protected abstract SurveyQuestion questionOf(R record);

    /** The record's answer as it stands. */
    protected abstract SurveyAnswer answerOf(R record);

    /** Stores the participant's own answer on the record. */
    protected abstract void keepOwn(R record, SurveyAnswer given);

    @Override
    public Optional<SurveyQuestion> question(long recordId) {
        return record(recordId).map(this::questionOf);
    }

    @Override
    @Transactional
    public void answer(long recordId, SurveyAnswer given) {
        given.check(commentLimit, "comments", commentTooLongKey);
        keepOwn(em.find(type, recordId), given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return record(recordId).map(this::answerOf);
    }

    private Optional<R> record(long recordId) {
        return Optional.ofNullable(em.find(type, recordId));
    }
}
