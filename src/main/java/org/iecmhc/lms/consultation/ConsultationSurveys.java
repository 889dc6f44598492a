package org.iecmhc.lms.consultation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;
import org.iecmhc.lms.survey.SurveyTarget;

/** "Was consultation worthwhile?", answered by the provider through their own link once the assignment closes. */
@ApplicationScoped
public class ConsultationSurveys implements SurveyTarget {

    public static final String KIND = "consultation";

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SurveyQuestion> question(long assignmentId) {
        return Optional.ofNullable(em.find(ConsultationAssignment.class, assignmentId))
                .filter(a -> a.getStatus() == AssignmentStatus.CLOSED).map(ConsultationSurveys::question);
    }

    @Override
    @Transactional
    public void answer(long assignmentId, SurveyAnswer given) {
        given.check(ConsultationLimits.SURVEY_COMMENTS, "comments", "consultation.text.tooLong");
        em.find(ConsultationAssignment.class, assignmentId).answerOwn(given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return Optional.ofNullable(em.find(ConsultationAssignment.class, recordId)).map(ConsultationAssignment::getSurvey);
    }

    /** The consultant is who the provider worked with, so the question names them. */
    static SurveyQuestion question(ConsultationAssignment assignment) {
        String consultant = assignment.getConsultant().getFirstName() + " " + assignment.getConsultant().getLastName();
        return new SurveyQuestion(KIND, consultant.strip(), assignment.getEndOn(), ConsultationLimits.SURVEY_COMMENTS);
    }
}
