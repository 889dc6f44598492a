package org.iecmhc.lms.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.text.Codes;

/**
 * The token of an unsubscribe link: the account, the kind and an HMAC-SHA-256 of both under a secret of that person,
 * drawn at random for their first mail and kept in the database, so that every instance of a cluster checks it
 * alike and nobody can make a link for another person or turn one link into another kind's.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.([A-Z_]{1,32})\\.([A-Za-z0-9_-]{43})");

    @Inject
    EntityManager em;

    /** The token for this person and kind; the person's secret is made with their first token. */
    String tokenFor(long accountId, NotificationKind kind) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        // Made or kept in one statement: two mails to the same person in concurrent transactions cannot collide.
        em.createNativeQuery("insert into notification_secret (account_id, secret) values (?1, ?2)"
                        + " on duplicate key update secret = secret")
                .setParameter(1, accountId).setParameter(2, Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .executeUpdate();
        // A locking read: it sees a secret that a concurrent mail to the same person committed after this
        // transaction's snapshot began, which a plain read at REPEATABLE READ would not.
        List<?> secret = em.createNativeQuery("select secret from notification_secret where account_id = ?1 for update")
                .setParameter(1, accountId).getResultList();
        return accountId + "." + kind.name() + "." + signature(String.valueOf(secret.get(0)), accountId, kind);
    }

    /** The person and kind a genuine token names; empty for anything else, a forged or altered token included. */
    Optional<Holder> check(String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(parts.group(1));
        Optional<NotificationKind> kind = Codes.find(NotificationKind.values(), NotificationKind::name, parts.group(2));
        Optional<String> secret = secretOf(accountId);
        if (kind.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = signature(secret.get(), accountId, kind.get()).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Holder(accountId, kind.get())) : Optional.empty();
    }

    private Optional<String> secretOf(long accountId) {
        List<?> found = em.createNativeQuery("select secret from notification_secret where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return found.stream().findFirst().map(String::valueOf);
    }

    private static String signature(String secret, long accountId, NotificationKind kind) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), HMAC));
            byte[] signed = mac.doFinal((accountId + ":" + kind.name()).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    record Holder(long accountId, NotificationKind kind) {
    }
}
