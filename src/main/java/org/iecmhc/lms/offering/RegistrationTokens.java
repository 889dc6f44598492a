package org.iecmhc.lms.offering;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of a registration's links: its public id (128 random bits) and an HMAC-SHA-256 of the id and the link's
 * purpose under the registration's own random secret. Nothing about the token is stored, so a later mail (the
 * reminder, the seat that opened) can carry the same cancel link; what makes a link single-use is the registration's
 * state, which each link's action requires.
 */
final class RegistrationTokens {

    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    private RegistrationTokens() {
    }

    static String newPublicId() {
        return random(16);
    }

    static String newSecret() {
        return random(32);
    }

    static String tokenFor(Registration registration, LinkPurpose purpose) {
        return registration.getPublicId() + "." + signature(registration.getSecret(), registration.getPublicId(), purpose);
    }

    /** The public id a well-formed token names; whether it is genuine is {@link #genuine}'s answer. */
    static Optional<String> publicIdOf(String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        return parts != null && parts.matches() ? Optional.of(parts.group(1)) : Optional.empty();
    }

    static boolean genuine(String token, Registration registration, LinkPurpose purpose) {
        byte[] expected = tokenFor(registration, purpose).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String signature(String secret, String publicId, LinkPurpose purpose) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), HMAC));
            byte[] signed = mac.doFinal((publicId + ":" + purpose.name()).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }
}
