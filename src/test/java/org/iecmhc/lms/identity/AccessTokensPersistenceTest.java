package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.api.ApiScope.Access;
import org.iecmhc.lms.platform.api.ApiScope.Area;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.security.BearerTokens.TokenCaller;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access tokens against the real MariaDB/MySQL server: only the hash stored, the expiry day, revocation, the
 * account's current roles and state at every check, who may manage whose tokens, and "last used" written at most
 * once a minute.
 */
class AccessTokensPersistenceTest {

    /** 09:00 in California on 2026-09-01. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-09-01T16:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final ApiScope PROGRAM_READ = new ApiScope(Area.PROGRAM, Access.READ);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void onlyTheHashIsStoredAndTheTokenOpensTheAccountWithItsScopes() {
        Account owner = account("hash.only@example.org", Role.FACULTY);
        AccessTokens.Created created = create(own(owner), owner, "reports script", Set.of(PROGRAM_READ), TODAY.plusDays(30));
        assertEquals(43, created.secret().length());
        List<String> stored = db.inTransaction((EntityManager em) -> em.createQuery(
                "select t.tokenHash from AccessToken t where t.account.email = 'hash.only@example.org'", String.class)
                .getResultList());
        assertEquals(List.of(LinkTokens.hashOf(created.secret())), stored);
        assertFalse(stored.get(0).contains(created.secret()));
        AccessToken listed = in(s -> s.accessTokens().list(own(owner), owner.getId())).get(0);
        assertEquals(TODAY.plusDays(30), listed.getExpiresOn());
        assertEquals(LocalDateTime.of(2026, 9, 1, 16, 0), listed.getCreatedAt());

        TokenCaller caller = in(s -> s.accessTokenCheck().verify(created.secret())).orElseThrow();
        assertEquals("hash.only@example.org", caller.name());
        assertEquals(Set.of("FACULTY"), caller.groups());
        assertEquals(Set.of(PROGRAM_READ), caller.scopes());
        assertTrue(in(s -> s.accessTokenCheck().verify(created.secret() + "x")).isEmpty(), "a forged token");
        assertTrue(in(s -> s.accessTokenCheck().verify("")).isEmpty(), "an empty token");
    }

    @Test
    void aTokenWorksThroughItsExpiryDayInCaliforniaAndNotAfter() {
        Account owner = account("expiry@example.org", Role.TRAINEE);
        String secret = create(own(owner), owner, "short lived", Set.of(PROGRAM_READ), TODAY.plusDays(1)).secret();
        // A fixed clock, since the shared MutableClock stays in UTC whatever zone it is asked for.
        assertTrue(verifiedAt("2026-09-03T06:59:00Z", secret), "23:59 in California on its expiry day");
        assertFalse(verifiedAt("2026-09-03T07:00:00Z", secret), "midnight in California: the day after");
    }

    private static boolean verifiedAt(String instant, String secret) {
        Clock at = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return db.inTransaction((EntityManager em) -> Services.on(em, at).accessTokenCheck().verify(secret)).isPresent();
    }

    @Test
    void aRevokedTokenAndADeactivatedAccountsTokenOpenNothingAtOnceAndRolesAreReadAtEveryCheck() {
        Account owner = account("revoked@example.org", Role.TRAINEE, Role.FACULTY);
        AccessTokens.Created revoked = create(own(owner), owner, "to revoke", Set.of(PROGRAM_READ), TODAY.plusDays(10));
        in(s -> {
            s.accessTokens().revoke(own(owner), revoked.token().getId());
            return null;
        });
        assertTrue(in(s -> s.accessTokenCheck().verify(revoked.secret())).isEmpty());
        assertTrue(in(s -> s.accessTokens().list(own(owner), owner.getId())).isEmpty());

        String kept = create(own(owner), owner, "kept", Set.of(PROGRAM_READ), TODAY.plusDays(10)).secret();
        Account after = in(s -> s.accounts().update(owner.getId(), owner.getVersion(),
                new AccountDetails(owner.getEmail(), "Rev", "Oked", Language.EN, EnumSet.of(Role.TRAINEE)), null, true));
        assertEquals(Set.of("TRAINEE"), in(s -> s.accessTokenCheck().verify(kept)).orElseThrow().groups(),
                "a role removed counts at the next check");
        in(s -> {
            s.accounts().setActive(after.getId(), false);
            return null;
        });
        assertTrue(in(s -> s.accessTokenCheck().verify(kept)).isEmpty(), "a deactivated account");
    }

    @Test
    void aPersonManagesOnlyTheirOwnTokensAndAnAdministratorAnyAccounts() {
        Account owner = account("owner@example.org", Role.CONSULTANT);
        Account other = account("other@example.org", Role.CONSULTANT);
        AccessTokens.Created mine = create(own(owner), owner, "mine", Set.of(PROGRAM_READ), TODAY.plusDays(10));
        assertEquals(AccessTokens.NOT_FOUND, assertThrows(AccountRejected.class,
                () -> in(s -> s.accessTokens().list(own(other), owner.getId()))).messageKey());
        assertEquals(AccessTokens.NOT_FOUND, assertThrows(AccountRejected.class, () -> in(s -> {
            s.accessTokens().revoke(own(other), mine.token().getId());
            return null;
        })).messageKey(), "another person's token is answered as missing");
        assertThrows(AccountRejected.class, () -> create(own(other), owner, "theirs", Set.of(PROGRAM_READ), TODAY.plusDays(5)));

        AccessTokens.Created service = create(ADMIN, owner, "service", Set.of(PROGRAM_READ), TODAY.plusDays(10));
        assertEquals(List.of("service", "mine"), in(s -> s.accessTokens().list(ADMIN, owner.getId())).stream()
                .map(AccessToken::getName).toList());
        in(s -> {
            s.accessTokens().revoke(ADMIN, service.token().getId());
            return null;
        });
        assertEquals(List.of("mine"), in(s -> s.accessTokens().list(own(owner), owner.getId())).stream()
                .map(AccessToken::getName).toList());
    }

    @Test
    void aOneTimePasswordMakesNoTokenButAnAdministratorMakesOneForThatAccount() {
        Account service = in(s -> s.accounts().create(new AccountDetails("service@example.org", "Service", "Account",
                Language.EN, EnumSet.of(Role.HELPLINE_STAFF)), "a one-time password", true));
        AccountRejected refused = assertThrows(AccountRejected.class,
                () -> create(own(service), service, "mine", Set.of(PROGRAM_READ), TODAY.plusDays(5)));
        assertEquals("token.passwordFirst", refused.messageKey());
        String secret = create(ADMIN, service, "service", Set.of(PROGRAM_READ), TODAY.plusDays(5)).secret();
        assertEquals("service@example.org", in(s -> s.accessTokenCheck().verify(secret)).orElseThrow().name());
    }

    @Test
    void thePersonsExportListsTheirTokensWithoutTheSecretAndAnonymisationDeletesThem() {
        Account owner = account("export@example.org", Role.TRAINEE);
        String secret = create(own(owner), owner, "exported", Set.of(PROGRAM_READ), TODAY.plusDays(3)).secret();
        DataSubject subject = new DataSubject(owner.getId(), owner.getEmail());
        JsonArray exported = in(s -> s.accessTokenPersonalData().export(subject)).asJsonArray();
        assertEquals("exported", exported.getJsonObject(0).getString("name"));
        assertEquals("2026-09-04", exported.getJsonObject(0).getString("expiresOn"));
        assertEquals("program:read", exported.getJsonObject(0).getJsonArray("scopes").getString(0));
        assertFalse(exported.toString().contains(secret) || exported.toString().contains(LinkTokens.hashOf(secret)));
        in(s -> {
            s.accessTokenPersonalData().anonymise(subject);
            return null;
        });
        assertTrue(in(s -> s.accessTokens().list(ADMIN, owner.getId())).isEmpty());
        assertTrue(in(s -> s.accessTokenCheck().verify(secret)).isEmpty());
    }

    @Test
    void badDetailsAreRefusedAtTheirField() {
        Account owner = account("rules@example.org", Role.TRAINEE);
        assertRefused("name", "token.name.required", owner, " ", Set.of(PROGRAM_READ), TODAY.plusDays(1));
        assertRefused("name", "token.name.invalid", owner, "bad\u0000name", Set.of(PROGRAM_READ), TODAY.plusDays(1));
        assertRefused("name", "token.name.tooLong", owner, "n".repeat(AccessTokenLimits.NAME + 1), Set.of(PROGRAM_READ),
                TODAY.plusDays(1));
        assertRefused("scopes", "token.scopes.required", owner, "no scopes", Set.of(), TODAY.plusDays(1));
        assertRefused("expiresOn", "token.expiresOn.required", owner, "no expiry", Set.of(PROGRAM_READ), null);
        assertRefused("expiresOn", "token.expiresOn.past", owner, "today", Set.of(PROGRAM_READ), TODAY);
        assertRefused("expiresOn", "token.expiresOn.tooFar", owner, "too far", Set.of(PROGRAM_READ),
                TODAY.plusDays(AccessTokenLimits.MAX_DAYS + 1));
        create(own(owner), owner, "n".repeat(AccessTokenLimits.NAME), Set.of(PROGRAM_READ),
                TODAY.plusDays(AccessTokenLimits.MAX_DAYS));
    }

    @Test
    void anAccountHoldsAtMostFiftyTokens() {
        Account owner = account("many@example.org", Role.TRAINEE);
        for (int i = 0; i < AccessTokenLimits.PER_ACCOUNT; i++) {
            create(own(owner), owner, "token " + i, Set.of(PROGRAM_READ), TODAY.plusDays(1));
        }
        AccountRejected refused = assertThrows(AccountRejected.class,
                () -> create(own(owner), owner, "one more", Set.of(PROGRAM_READ), TODAY.plusDays(1)));
        assertNull(refused.field());
        assertEquals("token.tooMany", refused.messageKey());
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        Account owner = account("last.use@example.org", Role.TRAINEE);
        AccessTokens.Created created = create(own(owner), owner, "busy", Set.of(PROGRAM_READ), TODAY.plusDays(10));
        assertNull(lastUsed(created));
        in(s -> s.accessTokenCheck().verify(created.secret()));
        LocalDateTime first = lastUsed(created);
        assertEquals(LocalDateTime.of(2026, 9, 1, 16, 0), first);

        CLOCK.advance(Duration.ofSeconds(59));
        try {
            List<String> sql = db.statements().sqlOf(() -> in(s -> s.accessTokenCheck().verify(created.secret())));
            assertEquals(1, sql.size(), "one read and no write: " + sql);
            assertEquals(first, lastUsed(created));
            CLOCK.advance(Duration.ofSeconds(1));
            in(s -> s.accessTokenCheck().verify(created.secret()));
            assertEquals(first.plusMinutes(1), lastUsed(created));
        } finally {
            CLOCK.advance(Duration.ofSeconds(-60));
        }
    }

    private static void assertRefused(String field, String key, Account owner, String name, Set<ApiScope> scopes,
                                      LocalDate expiresOn) {
        AccountRejected refused = assertThrows(AccountRejected.class, () -> create(own(owner), owner, name, scopes, expiresOn));
        assertEquals(field, refused.field(), key);
        assertEquals(key, refused.messageKey());
    }

    private static LocalDateTime lastUsed(AccessTokens.Created created) {
        return db.inTransaction((EntityManager em) -> em.createQuery(
                "select t.lastUsedAt from AccessToken t where t.id = :id", LocalDateTime.class)
                .setParameter("id", created.token().getId()).getSingleResult());
    }

    private static AccessTokens.Created create(Viewer viewer, Account owner, String name, Set<ApiScope> scopes,
                                               LocalDate expiresOn) {
        return in(s -> s.accessTokens().create(viewer, owner.getId(), new AccessTokenDetails(name, scopes, expiresOn)));
    }

    private static Viewer own(Account account) {
        return new Viewer(account.getEmail(), false);
    }

    private static Account account(String email, Role... roles) {
        return in(s -> s.accounts().create(new AccountDetails(email, "Token", "Holder", Language.EN,
                EnumSet.copyOf(List.of(roles))), "a long enough password", false));
    }

    private static <T> T in(Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }
}
