package org.iecmhc.lms.evaluation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Administrators' survey templates: their questions in both languages, their order, and retirement. A question
 * that has been answered keeps its kind and cannot be removed, so earlier answers always keep their meaning.
 */
@ApplicationScoped
public class SurveyTemplates {

    @Inject
    EntityManager em;

    public List<SurveyTemplate> all() {
        return em.createQuery("select t from SurveyTemplate t order by t.purpose, t.retired, t.title, t.id",
                SurveyTemplate.class).getResultList();
    }

    public Optional<SurveyTemplate> find(long id) {
        return Optional.ofNullable(em.find(SurveyTemplate.class, id));
    }

    /** Templates that may be chosen now for this purpose, the default first. */
    public List<SurveyTemplate> choosable(SurveyPurpose purpose) {
        return em.createQuery("select t from SurveyTemplate t where t.purpose = :purpose and t.retired = false"
                        + " order by t.defaultTemplate desc, t.title, t.id", SurveyTemplate.class)
                .setParameter("purpose", purpose).getResultList();
    }

    public SurveyTemplate defaultFor(SurveyPurpose purpose) {
        return em.createQuery("select t from SurveyTemplate t where t.purpose = :purpose and t.defaultTemplate = true"
                        + " order by t.id", SurveyTemplate.class)
                .setParameter("purpose", purpose).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new EvaluationRejected(null, "evaluation.template.noDefault"));
    }

    @Transactional
    public SurveyTemplate create(String title, SurveyPurpose purpose) {
        TemplateRules.checkTitle(title);
        TemplateRules.checkPurpose(purpose);
        SurveyTemplate template = new SurveyTemplate(title, purpose);
        em.persist(template);
        em.flush(); // the page redirects to the new template's id
        return template;
    }

    @Transactional
    public SurveyTemplate rename(long id, long version, String title) {
        SurveyTemplate template = require(id);
        template.requireVersion(version);
        TemplateRules.checkTitle(title);
        template.rename(title);
        return template;
    }

    /** Retires a template or puts it back in use; the default template of a purpose stays in use. */
    @Transactional
    public SurveyTemplate retire(long id, boolean retired) {
        SurveyTemplate template = require(id);
        if (retired && template.isDefaultTemplate()) {
            throw new EvaluationRejected("retire", "evaluation.template.defaultStays");
        }
        template.retire(retired);
        return template;
    }

    @Transactional
    public SurveyQuestion addQuestion(long templateId, QuestionDetails details) {
        SurveyTemplate template = require(templateId);
        TemplateRules.checkQuestion(template.getPurpose(), details);
        SurveyQuestion question = template.add(details);
        em.flush();
        return question;
    }

    /** New wording may be saved at any time; the kind only while nobody has answered the question. */
    @Transactional
    public SurveyQuestion changeQuestion(long questionId, long version, QuestionDetails details) {
        SurveyQuestion question = requireQuestion(questionId);
        question.requireVersion(version);
        TemplateRules.checkQuestion(question.getTemplate().getPurpose(), details);
        if (details.kind() != question.getKind() && isAnswered(question)) {
            throw new EvaluationRejected("kind", "evaluation.question.kindLocked");
        }
        question.describe(details);
        return question;
    }

    @Transactional
    public void removeQuestion(long questionId) {
        SurveyQuestion question = requireQuestion(questionId);
        if (isAnswered(question)) {
            throw new EvaluationRejected("questions", "evaluation.question.answered");
        }
        question.getTemplate().remove(question);
    }

    /** Moves a question one place up (step -1) or down (step +1). */
    @Transactional
    public void move(long questionId, int step) {
        SurveyQuestion question = requireQuestion(questionId);
        question.getTemplate().move(question, Integer.signum(step));
    }

    public boolean isAnswered(SurveyQuestion question) {
        long answers = em.createQuery("select count(a) from CourseEvaluationAnswer a where a.question = :q", Long.class)
                .setParameter("q", question).getSingleResult();
        long ratings = em.createQuery("select count(r) from CompetencyRating r where r.question = :q", Long.class)
                .setParameter("q", question).getSingleResult();
        return answers + ratings > 0;
    }

    private SurveyTemplate require(long id) {
        return find(id).orElseThrow(() -> new EvaluationRejected("title", "evaluation.template.notFound"));
    }

    private SurveyQuestion requireQuestion(long id) {
        return Optional.ofNullable(em.find(SurveyQuestion.class, id))
                .orElseThrow(() -> new EvaluationRejected("questions", "evaluation.template.notFound"));
    }
}
