package org.iecmhc.lms.offering;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages a confirm or cancel link opens. The link only shows what it would do; the person's button does it, so
 * that a mail program that opens links to scan them confirms and cancels nothing.
 */
@Named
@ViewScoped
public class RegistrationLinkView implements Serializable {

    @Inject
    Registrations registrations;

    private String token;
    private RegisteredFor registration;
    private RegistrationState outcome;

    public void loadConfirm() {
        registration = registrations.lookUp(token, false)
                .filter(r -> r.state() == RegistrationState.AWAITING_CONFIRMATION).orElse(null);
    }

    public void loadCancel() {
        registration = registrations.lookUp(token, true).filter(r -> r.state() != RegistrationState.CANCELLED).orElse(null);
    }

    public void confirm() {
        outcome = registrations.confirm(token).map(Registration::getState).orElse(null);
        if (outcome == null) {
            registration = null;
        }
    }

    public void cancel() {
        outcome = registrations.cancel(token).map(Registration::getState).orElse(null);
        if (outcome == null) {
            registration = null;
        }
    }

    /** The link can still do what it is for. */
    public boolean isValid() {
        return registration != null;
    }

    public boolean isDone() {
        return outcome != null;
    }

    public RegisteredFor getRegistration() {
        return registration;
    }

    public RegistrationState getOutcome() {
        return outcome;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
