package org.iecmhc.lms.identity.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * The identity provider over HTTP: its discovery document (read once, at the first sign-in), the address of its
 * sign-in page, the exchange of a code for an ID token, and its signing keys, read again when a token names a key
 * not seen yet (the provider rotated its keys).
 */
@ApplicationScoped
public class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String DISCOVERY = "/.well-known/openid-configuration";

    @Inject
    OidcSettings settings;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Endpoints endpoints;
    private volatile ProviderKeys keys;

    /** Where the browser goes to sign in at the provider; the answer comes back to {@code redirectUri}. */
    String authorizationAddress(String redirectUri, PendingSignIn pending) throws TokenRejected {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid email");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        String authorization = endpoints().authorization();
        return authorization + (authorization.contains("?") ? "&" : "?") + form(query);
    }

    /** The ID token for a code the provider handed back, checked against this sign-in's nonce. */
    VerifiedIdentity exchange(String code, String redirectUri, PendingSignIn pending) throws TokenRejected {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", pending.codeVerifier());
        // client_secret_basic, the method every provider must support: the form-encoded id and secret.
        String credentials = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints().token())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject answer = json(send(request, "token"), "token");
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new TokenRejected("the provider's token answer holds no ID token");
        }
        IdTokenCheck check = new IdTokenCheck(settings.issuer(), settings.clientId());
        try {
            return check.check(idToken, keys(false), pending.nonce(), clock.instant());
        } catch (IdTokenCheck.UnknownKey unknownKey) {
            // A key set read before the provider rotated its keys lacks the new one: read it again, once.
            return check.check(idToken, keys(true), pending.nonce(), clock.instant());
        }
    }

    private Endpoints endpoints() throws TokenRejected {
        Endpoints known = endpoints;
        if (known == null) {
            String issuer = settings.issuer();
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer.replaceAll("/+$", "") + DISCOVERY))
                    .timeout(TIMEOUT).header("Accept", "application/json").GET().build();
            JsonObject document = json(send(request, "discovery"), "discovery");
            if (!issuer.equals(document.getString("issuer", null))) {
                throw new TokenRejected("the discovery document names another issuer: " + document.getString("issuer", null));
            }
            known = new Endpoints(required(document, "authorization_endpoint"), required(document, "token_endpoint"),
                    required(document, "jwks_uri"));
            endpoints = known;
        }
        return known;
    }

    private ProviderKeys keys(boolean refresh) throws TokenRejected {
        ProviderKeys known = keys;
        if (known == null || refresh) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints().jwks())).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build();
            known = ProviderKeys.parse(send(request, "key set"));
            keys = known;
        }
        return known;
    }

    private String send(HttpRequest request, String what) throws TokenRejected {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TokenRejected("the provider answered " + response.statusCode() + " to the " + what
                        + " request: " + abbreviated(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new TokenRejected("the provider could not be reached for the " + what + " request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRejected("interrupted while waiting for the provider", e);
        }
    }

    private static JsonObject json(String body, String what) throws TokenRejected {
        try {
            return JsonText.reader(body).readObject();
        } catch (JsonException malformed) {
            throw new TokenRejected("the provider's " + what + " answer is not JSON", malformed);
        }
    }

    private static String required(JsonObject document, String name) throws TokenRejected {
        String value = document.getString(name, null);
        if (value == null || !(value.startsWith("https://") || value.startsWith("http://"))) {
            throw new TokenRejected("the discovery document has no " + name);
        }
        return value;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private record Endpoints(String authorization, String token, String jwks) {
    }
}
