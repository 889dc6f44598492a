package org.iecmhc.lms.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The Idempotency-Keys callers sent with creates and imports, and the answers they got, kept 24 hours per caller.
 * A key is claimed before the request is done, so that the same request sent twice at once is done once: the second
 * finds the claim without an answer yet. Each step is its own transaction, committed before or after the request's.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final Duration KEPT = Duration.ofHours(24);
    /** The column's size; a longer key is refused, never cut. */
    public static final int MAX_KEY_LENGTH = 255;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** A claimed key: the request it was first sent with and, once answered, the answer (status null before). */
    public record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {
        public boolean answered() {
            return status != null;
        }
    }

    /**
     * Claims the key for this request and answers empty, or answers what the key already holds. Keys past their 24
     * hours are forgotten first. Two claims racing for the same new key: the second fails on the unique key.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> claim(String caller, String key, String requestHash) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("delete from api_idempotency_key where created_at <= ?1")
                .setParameter(1, now.minus(KEPT)).executeUpdate();
        List<?> rows = em.createNativeQuery("select request_hash, status, content_type, location, body"
                        + " from api_idempotency_key where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            return Optional.of(new Stored((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                    (String) row[2], (String) row[3], (byte[]) row[4]));
        }
        em.createNativeQuery("insert into api_idempotency_key (caller, idempotency_key, request_hash, created_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate();
        return Optional.empty();
    }

    /** Keeps the answer of the claimed key's request, to be given again to the same request with the same key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void answer(String caller, String key, int status, String contentType, String location, byte[] body) {
        em.createNativeQuery("update api_idempotency_key set status = ?1, content_type = ?2, location = ?3, body = ?4"
                        + " where caller = ?5 and idempotency_key = ?6")
                .setParameter(1, status).setParameter(2, contentType).setParameter(3, location).setParameter(4, body)
                .setParameter(5, caller).setParameter(6, key).executeUpdate();
    }

    /** Frees the key of a request that was refused or failed: nothing was done, so the caller may try it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        em.createNativeQuery("delete from api_idempotency_key where caller = ?1 and idempotency_key = ?2 and status is null")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
    }
}
