package org.iecmhc.lms.identity.sso;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iecmhc.lms.identity.NextPage;
import org.iecmhc.lms.identity.SignedInAccount;
import org.iecmhc.lms.platform.audit.AuditAction;
import org.iecmhc.lms.platform.audit.AuditWriter;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.web.PublicAddress;

/**
 * The two legs of a sign-in through the identity provider (authorization-code flow with PKCE): {@code /sso/start}
 * sends the browser to the provider's sign-in page, {@code /sso/callback} takes the code it comes back with,
 * exchanges it for an ID token, checks it, and signs the person in through the one sign-in mechanism, so that the
 * session, the shared sign-in and the security stamp are exactly those of a password sign-in. A refusal leads back
 * to the sign-in page, which says why. Links rather than form posts lead here: the pages' Content-Security-Policy
 * ({@code form-action 'self'}) stops a form post that is redirected to another site.
 */
@WebServlet({SsoServlet.START, SsoServlet.CALLBACK})
public class SsoServlet extends HttpServlet {

    static final String START = "/sso/start";
    static final String CALLBACK = "/sso/callback";
    static final String AUDIT_SUMMARY = "signed in with SSO";
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    OidcProvider provider;

    @Inject
    SsoSignIns signIns;

    @Inject
    SecurityContext security;

    @Inject
    SignedInAccount me;

    @Inject
    LanguageSelection language;

    @Inject
    PublicAddress publicAddress;

    @Inject
    AuditWriter audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isConfigured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PendingSignIn pending = PendingSignIn.start(NextPage.within(request.getParameter("next")));
        try {
            String address = provider.authorizationAddress(callbackAddress(request), pending);
            request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, pending);
            response.sendRedirect(address);
        } catch (TokenRejected unreachable) {
            LOG.log(Level.WARNING, "Single sign-on could not start: " + unreachable.getMessage(), unreachable);
            refuse(request, response, SsoRefusal.FAILED);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn found ? found : null;
        if (pending != null) {
            // Single use: a second answer to the same sign-in is refused.
            session.removeAttribute(PendingSignIn.SESSION_KEY);
        }
        String code = request.getParameter("code");
        if (pending == null || !pending.answers(request.getParameter("state")) || code == null) {
            LOG.warning(() -> "Single sign-on answer refused: " + (pending == null ? "no sign-in under way"
                    : code == null ? "no code (error " + request.getParameter("error") + ")" : "wrong state"));
            refuse(request, response, SsoRefusal.FAILED);
            return;
        }
        VerifiedIdentity identity;
        try {
            identity = provider.exchange(code, callbackAddress(request), pending);
        } catch (TokenRejected rejected) {
            LOG.log(Level.WARNING, "Single sign-on refused: " + rejected.getMessage(), rejected);
            refuse(request, response, SsoRefusal.FAILED);
            return;
        }
        SsoSignIns.Admission admission = signIns.admit(identity);
        if (admission.refusal() != null) {
            refuse(request, response, admission.refusal());
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true).credential(new ProviderVouched(admission.account().getEmail())));
        if (status != AuthenticationStatus.SUCCESS) {
            refuse(request, response, SsoRefusal.FAILED);
            return;
        }
        me.signedInWithProvider(admission.account());
        language.use(admission.account().getPreferredLanguage(), request.getSession(false));
        // Written once the person is signed in, so that they are its actor.
        audit.record(AuditAction.SIGN_IN, "Account", String.valueOf(admission.account().getId()), AUDIT_SUMMARY);
        response.sendRedirect(request.getContextPath() + pending.next());
    }

    /** Registered at the provider as the redirect URI; from {@code lms.public.url}, never from the Host header. */
    private String callbackAddress(HttpServletRequest request) {
        return publicAddress.base(request) + CALLBACK;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, SsoRefusal refusal)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso="
                + URLEncoder.encode(refusal.parameter(), StandardCharsets.UTF_8));
    }
}
