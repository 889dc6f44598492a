package org.iecmhc.lms.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseCopyStep;

/**
 * A copied course is evaluated with the template an administrator chose for its source; a template retired since is
 * not carried on, so the copy falls back to the default as a new course would.
 */
@ApplicationScoped
public class EvaluationTemplateCopy implements CourseCopyStep {

    @Inject
    EntityManager em;

    @Override
    public void copy(Course source, Course copy) {
        em.createQuery("select c.template from CourseEvaluationTemplate c where c.course = :course"
                        + " and c.template.retired = false", SurveyTemplate.class)
                .setParameter("course", source).getResultStream().findFirst()
                .ifPresent(template -> em.persist(new CourseEvaluationTemplate(copy, template)));
    }
}
