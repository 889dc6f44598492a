package org.iecmhc.lms.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.RecordView;

/** Creating or editing one account. A refused save keeps everything typed and says why next to the field. */
@Named
@ViewScoped
public class AccountFormView extends RecordView {

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    private long version;
    private PersonForm person = new PersonForm();
    private Role[] roles = {};
    private String password;
    private boolean active = true;
    private boolean passwordSignIn = true;

    @Override
    protected boolean open(long id) {
        return fill(accounts.find(id), this::show);
    }

    private void show(Account account) {
        version = account.getVersion();
        person = PersonForm.of(account);
        roles = account.getRoles().toArray(Role[]::new);
        active = account.isActive();
        passwordSignIn = account.isPasswordSignIn();
    }

    public String save() {
        AccountDetails details = person.details(roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
        try {
            if (isNew() && (password == null || password.isEmpty())) {
                invitations.createInvited(details);
                Messages.infoAcrossRedirect("account.createdInvited");
            } else if (isNew()) {
                accounts.create(details, password, true);
                Messages.infoAcrossRedirect("account.created");
            } else {
                accounts.update(getId(), version, details, password, passwordSignIn);
                Messages.infoAcrossRedirect("account.saved");
            }
        } catch (AccountRejected rejected) {
            Messages.reject("account", rejected);
            return null;
        }
        return "/account/accounts.xhtml?faces-redirect=true";
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public PersonForm getPerson() {
        return person;
    }

    /** An array rather than a list, so that Faces knows the element type and converts the checkboxes itself. */
    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPasswordSignIn() {
        return passwordSignIn;
    }

    public void setPasswordSignIn(boolean passwordSignIn) {
        this.passwordSignIn = passwordSignIn;
    }
}
