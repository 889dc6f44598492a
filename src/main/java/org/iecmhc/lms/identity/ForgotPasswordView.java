package org.iecmhc.lms.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.i18n.Messages;

/** Asking for a link to choose a new password; the answer is the same whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotPasswordView {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PasswordResets resets;

    @Inject
    PasswordResetThrottle throttle;

    private String email;

    public void send() {
        var problem = AccountRules.emailProblem(email);
        if (problem.isPresent()) {
            Messages.error("forgot:email", problem.get());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        long wait = throttle.take((HttpServletRequest) external.getRequest());
        if (wait > 0) {
            external.setResponseStatus(TOO_MANY_REQUESTS);
            external.setResponseHeader("Retry-After", String.valueOf(wait));
            Messages.error(null, "error.tooManyRequests");
            return;
        }
        resets.request(email);
        Messages.info("forgot.sent", Account.normalizeEmail(email));
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
