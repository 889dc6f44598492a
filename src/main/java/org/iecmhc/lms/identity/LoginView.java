package org.iecmhc.lms.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.identity.sso.SsoRefusal;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.SignInThrottle;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    private static final int TOO_MANY_REQUESTS = 429;

    private String email;
    private String password;
    private String next;
    private String sso;

    @Inject
    SecurityContext security;

    @Inject
    LastSignIn lastSignIn;

    @Inject
    Accounts accounts;

    @Inject
    SignedInAccount me;

    @Inject
    LanguageSelection language;

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.error("login:password", refusalMessage());
            return;
        }
        Account account = accounts.findByEmail(email).orElseThrow();
        me.signedIn(account);
        language.use(account.getPreferredLanguage());
        redirect(external, account.isPasswordChangeRequired() ? "/account/settings.xhtml" : NextPage.within(next));
    }

    private String refusalMessage() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().get(SignInThrottle.REFUSED_FOR_SECONDS) instanceof Long seconds) {
            external.setResponseStatus(TOO_MANY_REQUESTS);
            external.setResponseHeader("Retry-After", seconds.toString());
            return "error.tooManyRequests";
        }
        // A locked account gets the same answer as an unknown email, which must not be told apart from a known one.
        SignInOutcome.Status status = lastSignIn.status();
        if (status == SignInOutcome.Status.PASSWORD_SIGN_IN_OFF) {
            return "sso.passwordSignInOff";
        }
        return status == SignInOutcome.Status.INACTIVE ? "login.inactive" : "login.failed";
    }

    private static void redirect(ExternalContext external, String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the sign-in page says about a refused single sign-on, from its {@code sso} parameter; null for none. */
    public String getSsoRefusalMessage() {
        return SsoRefusal.fromParameter(sso).map(SsoRefusal::messageKey).orElse(null);
    }

    /** The address of single sign-on, which brings the person back to the page they asked for. */
    public String getSsoAddress() {
        return "/sso/start?next=" + URLEncoder.encode(NextPage.within(next), StandardCharsets.UTF_8);
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
