package org.iecmhc.lms.identity;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The page an invitation or reset link opens: the person chooses their password, or learns that the link is used,
 * expired or unknown and may ask for a new one.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    @Inject
    AccountLinks links;

    private String token;
    private LinkCheck check = LinkCheck.refused(LinkCheck.Status.UNKNOWN);
    private String password;
    private String confirmation;

    public void load() {
        check = links.check(token);
    }

    /** Signed out everywhere by the new password, the person signs in with it on the sign-in page. */
    public String choose() {
        if (password == null || !password.equals(confirmation)) {
            Messages.error("setPassword:confirmation", "account.password.mismatch");
            return null;
        }
        try {
            links.choosePassword(token, password);
        } catch (LinkRefused refused) {
            check = LinkCheck.refused(refused.status());
            return null;
        } catch (AccountRejected rejected) {
            Messages.reject("setPassword", rejected);
            return null;
        }
        Messages.infoAcrossRedirect("link.passwordChosen");
        return "/login.xhtml?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return check.isValid();
    }

    /** The account whose password the link chooses, shown so that the person knows which one it is. */
    public String getEmail() {
        return check.email();
    }

    public String getRefusalKey() {
        return "setPassword.refused." + check.status().name();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
