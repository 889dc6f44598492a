package org.iecmhc.lms.identity.sso;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * The checks an ID token must pass before it signs anyone in (OpenID Connect Core 3.1.3.7): an RS256 signature by
 * one of the provider's keys, this provider as its issuer, this application among its audiences (and as the
 * authorized party when there are others), not expired, and the nonce of this very sign-in, so that a token taken
 * from another sign-in is worthless. Only then are its e-mail claims read.
 */
public final class IdTokenCheck {

    /** Clocks of the provider and of the instances differ a little; a minute more than that is no risk. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final String RS256 = "RS256";

    private final String issuer;
    private final String clientId;

    public IdTokenCheck(String issuer, String clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
    }

    /** The identity the token vouches for, or why it vouches for nothing. */
    public VerifiedIdentity check(String idToken, ProviderKeys keys, String expectedNonce, Instant now)
            throws TokenRejected {
        String[] parts = idToken == null ? new String[0] : idToken.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenRejected("the ID token is not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!RS256.equals(text(header, "alg"))) {
            throw new TokenRejected("the ID token is signed with " + text(header, "alg") + ", not " + RS256);
        }
        RSAPublicKey key = keys.find(text(header, "kid"))
                .orElseThrow(() -> new UnknownKey("the ID token names no key of the provider"));
        if (!signatureHolds(parts, key)) {
            throw new TokenRejected("the ID token's signature does not hold");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(text(claims, "iss"))) {
            throw new TokenRejected("the ID token comes from another issuer: " + text(claims, "iss"));
        }
        checkAudience(claims);
        JsonValue expiry = claims.get("exp");
        if (!(expiry instanceof JsonNumber seconds)
                || !now.minus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(seconds.longValue()))) {
            throw new TokenRejected("the ID token has expired or has no expiry");
        }
        String nonce = text(claims, "nonce");
        if (nonce == null || expectedNonce == null || !MessageDigest.isEqual(
                nonce.getBytes(StandardCharsets.UTF_8), expectedNonce.getBytes(StandardCharsets.UTF_8))) {
            throw new TokenRejected("the ID token belongs to another sign-in (nonce)");
        }
        return new VerifiedIdentity(text(claims, "email"), claims.get("email_verified") == JsonValue.TRUE);
    }

    private void checkAudience(JsonObject claims) throws TokenRejected {
        JsonValue audience = claims.get("aud");
        boolean ours;
        boolean others;
        if (audience instanceof JsonString single) {
            ours = clientId.equals(single.getString());
            others = false;
        } else if (audience instanceof JsonArray many) {
            ours = many.stream().anyMatch(value -> value instanceof JsonString one && clientId.equals(one.getString()));
            others = many.size() > 1;
        } else {
            ours = false;
            others = false;
        }
        if (!ours) {
            throw new TokenRejected("the ID token is meant for another audience");
        }
        if (others && !clientId.equals(text(claims, "azp"))) {
            throw new TokenRejected("the ID token has several audiences and another authorized party");
        }
    }

    private static boolean signatureHolds(String[] parts, RSAPublicKey key) throws TokenRejected {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (IllegalArgumentException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new TokenRejected("the ID token's signature cannot be checked", e);
        }
    }

    private static JsonObject json(String base64Url) throws TokenRejected {
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(base64Url);
            return JsonText.reader(new String(decoded, StandardCharsets.UTF_8)).readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException malformed) {
            throw new TokenRejected("the ID token is malformed", malformed);
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    /** The token names a key that the key set at hand lacks: a newer key set may have it. */
    static final class UnknownKey extends TokenRejected {

        UnknownKey(String reason) {
            super(reason);
        }
    }
}
