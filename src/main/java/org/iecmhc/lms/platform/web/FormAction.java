package org.iecmhc.lms.platform.web;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * A page's action on what a form holds (add an attendee, log an activity, take attendance...): done and said so, or
 * refused and reported where the page shows it, keeping everything typed. The page resets its form only when done.
 */
public final class FormAction {

    private FormAction() {
    }

    /** Runs the action and shows the done message; true when it was done, false when a rule refused it. */
    public static boolean done(Runnable action, Consumer<InputRejected> refused, String doneKey) {
        try {
            action.run();
        } catch (InputRejected rejected) {
            refused.accept(rejected);
            return false;
        }
        Messages.info(doneKey);
        return true;
    }

    /**
     * Runs an action that ends on a page (another one, or this one read again): done, it goes to the page the action
     * answers and the done message survives the redirect; refused, the page stays (a null outcome) with what was typed.
     */
    public static String doneThenGo(Supplier<String> action, Consumer<InputRejected> refused, String doneKey) {
        String page;
        try {
            page = action.get();
        } catch (InputRejected rejected) {
            refused.accept(rejected);
            return null;
        }
        Messages.infoAcrossRedirect(doneKey);
        return page;
    }

    /** A refusal shown next to the field it names in the form (see {@link Messages#reject}). */
    public static Consumer<InputRejected> toFields(String formId) {
        return rejected -> Messages.reject(formId, rejected);
    }

    /** A refusal shown as one message at a component, or at the top of the page for a null client id. */
    public static Consumer<InputRejected> toMessage(String clientId) {
        return rejected -> Messages.error(clientId, rejected.messageKey());
    }
}
