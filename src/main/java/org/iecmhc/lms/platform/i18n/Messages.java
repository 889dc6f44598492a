package org.iecmhc.lms.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.iecmhc.lms.platform.errors.InputRejected;

/** Text from the English and Spanish bundles in the language of the page being rendered. */
public final class Messages {

    public static final String BUNDLE = "org.iecmhc.lms.messages";
    /**
     * The key successes are filed under rather than the page as a whole: the layout's one growl shows them, so the
     * pages' and dialogs' own message areas (global only) show problems alone and a success appears once.
     */
    public static final String SUCCESS = "lms-success";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    /** A message shown next to the field with this client id (or at the top of the page when it is null). */
    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /**
     * The message of a rejected input, next to its field in the given form ("form:field"), or at the top of the page
     * when the rule concerns no single field or names one this form does not show (a record gone meanwhile is
     * reported under its key field, which a form acting on the record's parts has no input for).
     */
    public static void reject(String form, InputRejected rejected) {
        String field = rejected.field();
        String clientId = field == null || field.isEmpty() ? null : form + ":" + field;
        error(clientId == null || onPage(clientId) ? clientId : null, rejected.messageKey());
    }

    /**
     * Whether the page has an input with this client id, rows' inputs too ("form:table:2:field"), which a plain
     * component search does not find. Before a GET request's view is built (a view action reads its address) only
     * the metadata exists, so the field is taken on trust then and the page built later shows it.
     */
    private static boolean onPage(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !faces.isPostback()
                || faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> { });
    }

    /** A success, shown once by the layout's growl and gone at the next action. */
    public static void info(String key, Object... args) {
        add(SUCCESS, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An information message that survives the redirect after a successful save. */
    public static void infoAcrossRedirect(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String summary = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, summary));
    }

    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
