package org.iecmhc.lms.platform.i18n;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.iecmhc.lms.platform.security.SharedSignIns;

/**
 * The language pages are shown in for this session: the browser's until the person chooses or signs in,
 * then the one remembered on their account.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private Language language;

    @Inject
    Event<LanguageChosen> chosen;

    @Inject
    SharedSignIns sharedSignIns;

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public boolean isSpanish() {
        return current() == Language.ES;
    }

    /** The person picked a language with the switcher; it is remembered on their account when signed in. */
    public String choose(String code) {
        language = Language.fromCode(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        share(faces);
        if (faces.getExternalContext().getUserPrincipal() != null) {
            chosen.fire(new LanguageChosen(faces.getExternalContext().getUserPrincipal().getName(), language));
        }
        faces.getViewRoot().setLocale(language.locale());
        String view = faces.getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }

    /** Applies the language stored on the account that just signed in. */
    public void use(Language language) {
        use(language, (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false));
    }

    /** The same for a sign-in outside Faces (single sign-on comes back to a servlet). */
    public void use(Language language, HttpSession session) {
        this.language = language;
        sharedSignIns.languageChosen(session, language.code());
    }

    /** Another instance that takes over this person's session shows the same language. */
    private void share(FacesContext faces) {
        sharedSignIns.languageChosen((HttpSession) faces.getExternalContext().getSession(false), language.code());
    }

    private Language current() {
        if (language == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                return Language.EN;
            }
            if (faces.getExternalContext().getSessionMap().get(SharedSignIns.LANGUAGE) instanceof String shared) {
                language = Language.fromCode(shared);
                return language;
            }
            return Language.closestTo(faces.getExternalContext().getRequestLocale());
        }
        return language;
    }
}
