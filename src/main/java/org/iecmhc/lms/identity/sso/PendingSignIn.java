package org.iecmhc.lms.identity.sso;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One sign-in under way at the provider, kept in the browser's session until the provider sends the person back:
 * the state that the answer must carry (so that no other site can send a code of its own here), the nonce the ID
 * token must carry (so that a token of another sign-in is refused), the PKCE code verifier (so that a code seen on
 * its way back is useless to anyone else), and the page to go to afterwards.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String next) implements Serializable {

    static final String SESSION_KEY = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start(String next) {
        return new PendingSignIn(random(), random(), random(), next);
    }

    /** The S256 code challenge: the unpadded base64url SHA-256 of the verifier (RFC 7636). */
    String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    boolean answers(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
