package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on loopback (mock-oauth2-server: discovery, JWKS, RS256-signed ID tokens, the
 * authorization-code flow without a sign-in page of its own), started once per test JVM before the instance that
 * trusts it ({@link PrivateApplication}). A test says who the provider vouches for at the next sign-in.
 */
public final class IdentityProvider {

    public static final String CLIENT_ID = "iecmhc-lms";
    public static final String CLIENT_SECRET = "a-client-secret-for-the-tests";
    private static final String ISSUER_ID = "network";
    private static final long TOKEN_SECONDS = 300;
    private static MockOAuth2Server server;
    private static int port;

    private IdentityProvider() {
    }

    /** The issuer as the application is configured with it; the provider names itself by the address it was asked at. */
    public static String issuer() {
        started();
        return "http://127.0.0.1:" + port + "/" + ISSUER_ID;
    }

    /** The settings of an application instance that trusts this provider. */
    public static Map<String, String> applicationSettings() {
        return Map.of("lms.oidc.issuer", issuer(), "lms.oidc.client-id", CLIENT_ID,
                "lms.oidc.client-secret", CLIENT_SECRET);
    }

    /** The provider's answer to the next sign-in: an ID token for this address, verified or not. */
    public static void nextSignIn(String email, boolean emailVerified) {
        started().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-of-" + email, "JWT",
                List.of(CLIENT_ID), Map.of("email", email, "email_verified", emailVerified), TOKEN_SECONDS));
    }

    /** A token for this application signed by the provider's own key, for the checks of the ID token alone. */
    public static String issueToken(Map<String, Object> claims) {
        return started().issueToken(ISSUER_ID, "someone", CLIENT_ID, claims).serialize();
    }

    /** The issuer named in tokens issued outside a request ({@link #issueToken}), by the provider's host name. */
    public static String tokenIssuer() {
        return started().issuerUrl(ISSUER_ID).toString();
    }

    /** The provider's key set as it serves it. */
    public static String keySet() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(issuer() + "/jwks")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized MockOAuth2Server started() {
        if (server == null) {
            MockOAuth2Server starting = new MockOAuth2Server();
            int chosen = Ports.take();
            try {
                starting.start(InetAddress.getByName("127.0.0.1"), chosen);
            } catch (IOException e) {
                throw new IllegalStateException("The identity provider could not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(starting::shutdown));
            port = chosen;
            server = starting;
        }
        return server;
    }
}
