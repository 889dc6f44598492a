package org.iecmhc.lms.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.errors.Failures;
import org.iecmhc.lms.platform.errors.Unavailable;
import org.iecmhc.lms.platform.web.SecurityHeaders;

/**
 * One mechanism for the two ways in (Jakarta Security 3 allows one per application): pages use the sign-in
 * form (or single sign-on, whose flow signs in here with a {@link CallerOnlyCredential} once the identity provider
 * vouched for the person) and an HTTP session; {@code /api/} uses an access token ({@code Authorization: Bearer}) or
 * HTTP Basic on every request and never creates a session. A token costs one indexed lookup; Basic a password check
 * (remembered for a few minutes) and is rate-limited like the sign-in form.
 * A page session is checked against the account's security stamp at every request, so that a role removed,
 * an account deactivated or a password reset counts at once, on whichever instance the request arrives; the same
 * statement brings the person's figures that every page shows ({@link PersonalFigure}).
 */
@ApplicationScoped
public class LmsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    SecurityStamps stamps;

    @Inject
    PersonalFigures figures;

    @Inject
    SharedSignIns sharedSignIns;

    @Inject
    BearerTokens bearerTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, context);
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        HttpSession session = request.getSession(false);
        Optional<SignedInCaller> signedIn = session != null
                && session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller
                ? Optional.of(caller) : sharedSignIns.restore(request, response);
        if (signedIn.isPresent()) {
            if (isCurrent(signedIn.get(), request)) {
                sharedSignIns.keepAlive(request.getSession());
                return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
            }
            sharedSignIns.forget(request, response);
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            return redirectToSignIn(request, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        sharedSignIns.forget(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInCaller.SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.responseUnauthorized();
        }
        if (throttle.waitFor(request) > 0) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // Read before the roles: a change in between leaves the session an old stamp, which ends it at once.
        Optional<CurrentStamp> stamp = credential instanceof UsernamePasswordCredential login
                ? stamps.current(login.getCaller())
                : credential instanceof CallerOnlyCredential vouched ? stamps.current(vouched.getCaller())
                : Optional.empty();
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so that an id planted before sign-in is worthless afterwards.
        request.getSession(true);
        request.changeSessionId();
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()), stamp.map(CurrentStamp::value).orElse(-1L));
        request.getSession().setAttribute(SignedInCaller.SESSION_KEY, caller);
        sharedSignIns.remember(request, context.getResponse(), caller);
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Whether the account still stands as it did at sign-in; if so, the person's figures read with the stamp are kept
     * for the page. While the database is down the session is trusted: whatever the request reads then meets the same
     * outage and is answered 503.
     */
    private boolean isCurrent(SignedInCaller caller, HttpServletRequest request) {
        try {
            Optional<CurrentStamp> current = stamps.current(caller.name());
            if (current.isEmpty() || current.get().value() != caller.stamp()) {
                return false;
            }
            figures.keep(request, current.get());
            return true;
        } catch (RuntimeException failure) {
            if (Failures.isDatabaseUnavailable(failure)) {
                return true;
            }
            throw failure;
        }
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return validateToken(header.substring(BEARER.length()).trim(), request, context);
        }
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            long wait = throttle.waitFor(request);
            if (wait > 0) {
                return tooManyAttempts(context, wait);
            }
            UsernamePasswordCredential credential = decodeBasic(header.substring(BASIC.length()));
            if (credential != null) {
                CredentialValidationResult result;
                try {
                    result = identityStores.validate(credential);
                } catch (RuntimeException failure) {
                    if (Failures.isDatabaseUnavailable(failure)) {
                        return unavailable(context);
                    }
                    throw failure;
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            throttle.failed(request);
            return challenge(context);
        }
        return context.isProtected() ? challenge(context) : context.doNothing();
    }

    /**
     * A token is 256 random bits, so guessing one is hopeless and a wrong one costs no more than a right one: no
     * throttle. The token itself is never logged nor kept; the request carries its scopes for the role check.
     */
    private AuthenticationStatus validateToken(String token, HttpServletRequest request, HttpMessageContext context) {
        Optional<BearerTokens.TokenCaller> caller;
        try {
            caller = bearerTokens.verify(token);
        } catch (RuntimeException failure) {
            if (Failures.isDatabaseUnavailable(failure)) {
                return unavailable(context);
            }
            throw failure;
        }
        if (caller.isEmpty()) {
            context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"IECMHC LMS\", error=\"invalid_token\"");
            return context.responseUnauthorized();
        }
        request.setAttribute(ApiScope.GRANTED, caller.get().scopes());
        return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }

    /** A Faces Ajax request cannot follow a 302, so it is told to navigate in the partial response instead. */
    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpMessageContext context) {
        String location = request.getContextPath() + LOGIN_PAGE + "?next=" + nextParameter(request);
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(location);
        }
        HttpServletResponse response = context.getResponse();
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, long seconds) {
        return answer(context, TOO_MANY_REQUESTS, String.valueOf(seconds), "too many failed sign-ins; retry later");
    }

    /** The accounts are in the database: while it is down, an API call is told to come back, as pages are. */
    private static AuthenticationStatus unavailable(HttpMessageContext context) {
        return answer(context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Unavailable.RETRY_AFTER_SECONDS,
                Unavailable.API_ERROR);
    }

    /** The answer is written here, so SEND_CONTINUE: the container sends it as it is and calls no resource. */
    private static AuthenticationStatus answer(HttpMessageContext context, int status, String retryAfter, String error) {
        HttpServletResponse response = context.getResponse();
        SecurityHeaders.onAnswerBeforeFilters(context.getRequest(), response);
        response.setStatus(status);
        response.setHeader("Retry-After", retryAfter);
        try {
            ApiError.of(ApiError.Type.GENERAL, status, error).write(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"IECMHC LMS\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    private static String nextParameter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
    }
}
