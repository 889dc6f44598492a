package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.security.BearerTokens;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Verifies the token of an API call with one query by its hash, which also reads the account's current roles and
 * state, never a cache: a revoked token, a deactivated account or a removed role counts at the very next call. A
 * token's use is written at most once a minute.
 */
@ApplicationScoped
public class AccessTokenCheck implements BearerTokens {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessTokens tokens;

    @Override
    public Optional<TokenCaller> verify(String token) {
        List<Object[]> rows = em.createQuery("select t.id, t.scopes, t.expiresOn, t.lastUsedAt, a.email, r"
                        + " from AccessToken t join t.account a left join a.roles r"
                        + " where t.tokenHash = :hash and a.active = true", Object[].class)
                .setParameter("hash", LinkTokens.hashOf(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        LocalDate today = PacificTime.today(clock);
        if (today.isAfter((LocalDate) first[2])) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        for (Object[] row : rows) {
            if (row[5] instanceof Role role) {
                roles.add(role.name());
            }
        }
        LocalDateTime now = PacificTime.nowUtc(clock);
        if (!(first[3] instanceof LocalDateTime lastUsed) || !lastUsed.isAfter(now.minus(AccessTokens.LAST_USE_PRECISION))) {
            tokens.used((Long) first[0], now);
        }
        return Optional.of(new TokenCaller((String) first[4], Set.copyOf(roles), ApiScope.parse((String) first[1])));
    }
}
