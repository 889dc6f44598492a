package org.iecmhc.lms.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * PBKDF2 with HMAC-SHA256. The stored form names the algorithm and iteration count so the cost can be raised
 * later without invalidating existing passwords: {@code PBKDF2WithHmacSHA256:iterations:salt:hash}.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    /** Counted so that tests can show which sign-ins pay for a derivation and which do not. */
    private final LongAdder derivations = new LongAdder();
    private volatile String unknownAccountHash;

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * A hash of a password nobody knows, made once with the same cost as a real one: a sign-in for an email that has
     * no account is checked against it, so that it takes as long as a wrong password of an existing account.
     */
    public String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            byte[] secret = new byte[SALT_BYTES];
            random.nextBytes(secret);
            hash = hash(Base64.getEncoder().encodeToString(secret));
            unknownAccountHash = hash;
        }
        return hash;
    }

    /** Made at start, so that the first sign-in with an unknown email costs one derivation like every other. */
    void prepare(@Observes @Initialized(ApplicationScoped.class) Object started) {
        unknownAccountHash();
    }

    /** How many PBKDF2 derivations this hasher has run, hashes and checks alike. */
    long derivations() {
        return derivations.sum();
    }

    private byte[] derive(String password, byte[] salt, int iterations) {
        derivations.increment();
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        }
    }
}
