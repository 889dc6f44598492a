package org.iecmhc.lms.identity;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.SharedSignIns;

/** A person's own settings: their password (the language is chosen with the switcher in the header). */
@Named
@ViewScoped
public class AccountSettingsView implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    SignedInAccount me;

    @Inject
    SharedSignIns sharedSignIns;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** After a required change the person goes on to the home page; otherwise they stay here. */
    public String changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("settings:confirmation", "account.password.mismatch");
            return null;
        }
        try {
            long stamp = accounts.changePassword(me.getEmail(), currentPassword, newPassword);
            sharedSignIns.keepAfterOwnChange(
                    (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false), stamp);
        } catch (AccountRejected rejected) {
            Messages.reject("settings", rejected);
            return null;
        }
        boolean wasRequired = me.isPasswordChangeRequired();
        me.passwordChanged();
        currentPassword = null;
        newPassword = null;
        confirmation = null;
        Messages.infoAcrossRedirect("account.password.changed");
        return wasRequired ? "/index.xhtml?faces-redirect=true" : "/account/settings.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
