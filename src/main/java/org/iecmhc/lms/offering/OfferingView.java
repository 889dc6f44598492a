package org.iecmhc.lms.offering;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.TooManyRequests;

/** One offering's public page and its registration form; the answer is the same whatever happens to the mail. */
@Named
@ViewScoped
public class OfferingView implements Serializable {

    @Inject
    Offerings offerings;

    @Inject
    Registrations registrations;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    LanguageSelection language;

    private String key;
    private OpenOffering open;
    private RecordedOffering recorded;
    private final RegistrationForm form = new RegistrationForm();
    private boolean registered;

    public void load() {
        open = offerings.openAt(key).orElse(null);
        recorded = open == null ? offerings.recordedAt(key).orElse(null) : null;
        if (form.getLanguage() == null) {
            form.setLanguage(Language.fromCode(language.getCode()));
        }
    }

    public void register() {
        if (TooManyRequests.refusedBy(throttle::take)) {
            return;
        }
        try {
            registrations.register(key, form.details());
            registered = true;
        } catch (InputRejected rejected) {
            Messages.reject("register", rejected);
        }
    }

    public boolean isNotFound() {
        return open == null;
    }

    public OpenOffering getOpen() {
        return open;
    }

    /** A held offering's recording, shown when the offering is no longer open; null otherwise. */
    public RecordedOffering getRecorded() {
        return recorded;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
