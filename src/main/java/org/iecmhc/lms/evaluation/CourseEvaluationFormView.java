package org.iecmhc.lms.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.ExistingRecordView;

/** A trainee's final evaluation of one course, in the language of the page; answered once. */
@Named
@ViewScoped
public class CourseEvaluationFormView extends ExistingRecordView {

    @Inject
    CourseEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private boolean answered;
    private String courseTitle;
    private List<QuestionRow> questions = List.of();

    @Override
    protected boolean open(long courseId) {
        String email = viewer.get().email();
        try {
            Course course = evaluations.courseFor(email, courseId);
            courseTitle = course.getTitle();
            answered = evaluations.hasAnswered(email, course.getId());
            questions = evaluations.templateOf(course).getQuestions().stream().map(QuestionRow::new).toList();
            return true;
        } catch (EvaluationRejected rejected) {
            return false;
        }
    }

    public String submit() {
        Map<Long, Answer> answers = new HashMap<>();
        questions.forEach(q -> answers.put(q.getQuestionId(), q.answer()));
        try {
            evaluations.submit(viewer.get().email(), getId(), answers);
        } catch (EvaluationIncomplete incomplete) {
            for (int i = 0; i < questions.size(); i++) {
                String key = incomplete.problems().get("q" + questions.get(i).getPosition());
                if (key != null) {
                    Messages.error("evaluation:questions:" + i + ":" + questions.get(i).fieldId(), key);
                }
            }
            Messages.error(null, "evaluation.form.problems");
            return null;
        } catch (EvaluationRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return null;
        }
        Messages.infoAcrossRedirect("evaluation.course.thanks");
        return "/evaluation/courses.xhtml?faces-redirect=true";
    }

    public List<Integer> getScale() {
        return QuestionKind.likertScale();
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
