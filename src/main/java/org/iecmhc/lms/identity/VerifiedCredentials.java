package org.iecmhc.lms.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * API clients send their password with every call, and checking it is a PBKDF2 derivation that costs about 30 ms of
 * CPU, most of a simple call. This remembers accepted sign-ins for a few minutes so that the next calls with the same
 * email and password need none. It never holds a password: an entry is found by an HMAC-SHA-256 of the email and
 * password under a key drawn at random when the application starts and kept nowhere else. A remembered sign-in is
 * only taken again while the account stands as it did ({@link SignIns#standsAsAccepted}), so a new password, a
 * role, a deactivation or a lock counts at the very next call; refusals are never remembered. At most
 * {@link #CAPACITY} entries, each for {@link #LIFETIME}, the oldest dropped first.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 1_000;
    private static final String HMAC = "HmacSHA256";

    private Clock clock;
    private SecretKey key;
    /** In the order remembered, which with one lifetime for all is also the order in which they expire. */
    private Map<String, Remembered> entries;

    protected VerifiedCredentials() {
    }

    @Inject
    public VerifiedCredentials(Clock clock) {
        this.clock = clock;
        this.entries = new LinkedHashMap<>();
        try {
            this.key = KeyGenerator.getInstance(HMAC).generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    /** The accepted sign-in remembered for this email and password, while it is fresh; to be checked before use. */
    Optional<SignInOutcome> recall(String email, String password) {
        String found = keyOf(email, password);
        Instant now = clock.instant();
        synchronized (entries) {
            Remembered remembered = entries.get(found);
            if (remembered == null || !now.isBefore(remembered.until())) {
                return Optional.empty();
            }
            return Optional.of(remembered.outcome());
        }
    }

    void remember(String email, String password, SignInOutcome accepted) {
        if (accepted.status() != SignInOutcome.Status.ACCEPTED) {
            throw new IllegalArgumentException("Only accepted sign-ins are remembered, not " + accepted.status());
        }
        String found = keyOf(email, password);
        Instant now = clock.instant();
        synchronized (entries) {
            // Removed first so that the entry moves to the end: the map stays in the order of expiry.
            entries.remove(found);
            entries.put(found, new Remembered(accepted, now.plus(LIFETIME)));
            Iterator<Remembered> oldestFirst = entries.values().iterator();
            while (oldestFirst.hasNext()) {
                Remembered oldest = oldestFirst.next();
                if (entries.size() <= CAPACITY && now.isBefore(oldest.until())) {
                    break;
                }
                oldestFirst.remove();
            }
        }
    }

    void forget(String email, String password) {
        String found = keyOf(email, password);
        synchronized (entries) {
            entries.remove(found);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The email's length goes first, so that no other split of the same characters into email and password matches. */
    private String keyOf(String email, String password) {
        byte[] who = Account.normalizeEmail(email).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(who.length).array());
            mac.update(who);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    private record Remembered(SignInOutcome outcome, Instant until) {
    }
}
