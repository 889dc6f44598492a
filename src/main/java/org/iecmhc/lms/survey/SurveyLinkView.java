package org.iecmhc.lms.survey;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.TooManyRequests;

/**
 * The page a participant's survey link opens, without an account. Opened from the mail (which adds {@code lang}) it
 * speaks the participant's language; a language chosen afterwards on the page is kept. Only the participant's button
 * answers, so that a mail program that opens links to scan them answers nothing; answers are rate-limited per client
 * address ({@link SurveyAnswerThrottle}).
 */
@Named
@ViewScoped
public class SurveyLinkView implements Serializable {

    @Inject
    SurveyLinks links;

    @Inject
    SurveyAnswerThrottle throttle;

    @Inject
    LanguageSelection language;

    private String token;
    private OpenedLink opened;
    private final SurveyAnswerForm form = SurveyAnswerForm.of(SurveyAnswer.none());
    private boolean answered;

    public void load() {
        opened = links.open(token);
        boolean fromMail = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("lang");
        if (opened.open() && fromMail) {
            language.use(opened.language());
        }
    }

    public void send() {
        if (TooManyRequests.refusedBy(throttle::take)) {
            return;
        }
        try {
            links.answer(token, form.answer());
            answered = true;
        } catch (SurveyLinks.LinkUnusable unusable) {
            opened = OpenedLink.refused(unusable.state());
        } catch (InputRejected rejected) {
            Messages.reject("answer", rejected);
        }
    }

    /** Why the link asks nothing: answered already, expired or unknown; null while it may be answered. */
    public String getRefusalKey() {
        return opened == null || opened.open() ? null : "participantSurvey.link." + opened.state().name();
    }

    /** The question in the page's language, naming the service. */
    public String getQuestion() {
        return Messages.text(opened.question().questionKey(), opened.question().title());
    }

    public OpenedLink getOpened() {
        return opened;
    }

    public SurveyAnswerForm getForm() {
        return form;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
