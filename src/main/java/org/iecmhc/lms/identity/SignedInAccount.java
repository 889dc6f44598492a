package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageChosen;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The signed-in person as the layout shows them; the name is read once per session. */
@Named("me")
@SessionScoped
public class SignedInAccount implements Serializable {

    private Long id;
    private String email;
    private String displayName;
    private boolean passwordChangeRequired;

    @Inject
    CurrentViewer viewer;

    @Inject
    Accounts accounts;

    void signedIn(Account account) {
        id = account.getId();
        email = account.getEmail();
        displayName = account.getDisplayName();
        passwordChangeRequired = account.isPasswordChangeRequired();
    }

    /**
     * Signed in through the identity provider: no password was used, so a one-time password that an administrator
     * set does not have to be changed before anything else.
     */
    public void signedInWithProvider(Account account) {
        signedIn(account);
        passwordChangeRequired = false;
    }

    void passwordChanged() {
        passwordChangeRequired = false;
    }

    void rememberLanguage(@Observes LanguageChosen chosen) {
        accounts.setPreferredLanguage(chosen.email(), chosen.language());
    }

    public boolean isSignedIn() {
        return viewer.isSignedIn();
    }

    public String getEmail() {
        loadIfNeeded();
        return email;
    }

    public String getDisplayName() {
        loadIfNeeded();
        return displayName;
    }

    /** The account's id, for the pages that read the person's own records; empty when no one is signed in. */
    public Optional<Long> accountId() {
        loadIfNeeded();
        return Optional.ofNullable(id);
    }

    /** A session that did not start at the sign-in form (another cluster member's, say) reads the account once. */
    private void loadIfNeeded() {
        if (id == null && isSignedIn()) {
            accounts.findByEmail(viewer.email()).ifPresent(this::signedIn);
        }
    }

    public boolean isPasswordChangeRequired() {
        loadIfNeeded();
        return passwordChangeRequired;
    }
}
