package org.iecmhc.lms.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.TooManyRequests;

/** Asking for a link to choose a new password; the answer is the same whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotPasswordView {

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
        if (TooManyRequests.refusedBy(throttle::take)) {
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
