package org.iecmhc.lms.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.security.enterprise.SecurityContext;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an update changed reaches the audit log field by field, read from EclipseLink's change set against MariaDB,
 * and no secret does: a password change leaves neither the password nor its hash in the audit table.
 */
class ChangeCapturePersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T16:00:00Z"), ZoneOffset.UTC);
    private static final String NEW_PASSWORD = "Entirely-new-secret-42";
    private static TestDatabase db;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void unitWithAuditTrail() {
        db = TestDatabase.migrated();
        AuditWriter writer = new AuditWriter();
        writer.dataSource = db.dataSource();
        writer.clock = CLOCK;
        Principal admin = () -> "admin@example.org";
        writer.securityContext = (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class},
                (proxy, method, args) -> method.getName().equals("getCallerPrincipal") ? admin : null);
        AuditTrailOutsideContainer.writer = writer;
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", db.dataSource());
        properties.put("eclipselink.session.customizer", AuditTrailOutsideContainer.class.getName());
        emf = Persistence.createEntityManagerFactory("lms", properties);
    }

    @AfterAll
    static void drop() {
        emf.close();
        db.close();
    }

    @Test
    void anUpdateRecordsEachChangedFieldWithItsOldAndNewValueButNeverThePassword() throws SQLException {
        Account created = inTransaction(s -> s.accounts().create(new AccountDetails("rosa.audit@example.org", "Rosa",
                "Diaz", Language.EN, EnumSet.of(Role.TRAINEE)), "First-secret-1234", false));
        String hash = Sql.rows(db.dataSource(), "select password_hash from account where id = " + created.getId())
                .get(0).get(0);
        inTransaction(s -> s.accounts().update(created.getId(), created.getVersion(), new AccountDetails(
                "rosa.m.audit@example.org", "Rosa María", "Diaz", Language.ES, EnumSet.of(Role.TRAINEE, Role.FACULTY)),
                NEW_PASSWORD, true));

        List<List<String>> updates = Sql.rows(db.dataSource(), "select actor, changes from audit_entry"
                + " where action = 'UPDATE' and entity_type = 'Account' and entity_id = '" + created.getId() + "'");
        assertTrue(updates.stream().allMatch(row -> row.get(0).equals("admin@example.org")), updates.toString());
        // The service flushes before it queries, so one save may take more than one UPDATE statement.
        List<FieldChange> changes = updates.stream().flatMap(row -> Changes.decode(row.get(1)).changes().stream())
                .toList();
        assertTrue(changes.contains(new FieldChange("firstName", "Rosa", "Rosa María")), changes.toString());
        assertTrue(changes.contains(new FieldChange("email", "rosa.audit@example.org", "rosa.m.audit@example.org")),
                changes.toString());
        assertTrue(changes.contains(new FieldChange("preferredLanguage", "en", "es")), changes.toString());
        assertTrue(changes.contains(new FieldChange("roles", "TRAINEE", "FACULTY, TRAINEE")), changes.toString());
        assertTrue(changes.contains(new FieldChange("passwordChangeRequired", "false", "true")), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.field().equals("lastName")), "an unchanged field is not listed");
        assertTrue(changes.stream().noneMatch(c -> c.field().equals("passwordHash")
                || c.field().equals("securityStamp")), changes.toString());

        String newHash = Sql.rows(db.dataSource(), "select password_hash from account where id = " + created.getId())
                .get(0).get(0);
        assertFalse(hash.equals(newHash), "the password did change");
        for (List<String> row : Sql.rows(db.dataSource(), "select coalesce(summary, ''), coalesce(changes, '')"
                + " from audit_entry")) {
            for (String secret : List.of(NEW_PASSWORD, "First-secret-1234", hash, newHash)) {
                assertFalse(String.join(" ", row).contains(secret), "a secret in the audit log: " + row);
            }
        }
    }

    @Test
    void theLogKnowsEachAuditedRecordTypeByTheNameItsEntriesCarry() {
        EntityManager em = emf.createEntityManager();
        try {
            AuditLog log = new AuditLog();
            log.em = em;
            Map<String, Class<?>> types = log.recordTypes();
            assertEquals(Account.class, types.get("Account"));
            assertFalse(types.containsKey("AuditEntry"), "the log itself is no audited record");
        } finally {
            em.close();
        }
    }

    @Test
    void theLogCountsWhatItsPagesShowWhateverItIsNarrowedBy() {
        inTransaction(s -> s.accounts().create(new AccountDetails("tomas.count@example.org", "Tomás", "Ruiz", Language.EN,
                EnumSet.of(Role.TRAINEE)), "Counted-secret-1234", false));
        EntityManager em = emf.createEntityManager();
        try {
            AuditLog log = new AuditLog();
            log.em = em;
            LocalDate today = LocalDate.of(2026, 4, 1);
            for (AuditFilter filter : List.of(AuditFilter.NONE,
                    new AuditFilter("ADMIN@", List.of(), null, null, null, null, null),
                    new AuditFilter("admin", List.of("admin@example.org", "nobody@example.org"), "Account", null,
                            AuditAction.CREATE, today, today))) {
                long count = log.count(filter);
                assertTrue(count > 0, filter.toString());
                assertEquals(log.search(filter, 0, 1_000, true).size(), count, filter.toString());
            }
            for (AuditFilter filter : List.of(new AuditFilter("nobody", List.of("nobody@example.org"), null, null, null,
                    null, null), new AuditFilter(null, List.of(), "Account", null, AuditAction.CREATE, today.plusDays(1), null))) {
                assertEquals(0, log.count(filter), filter.toString());
            }
        } finally {
            em.close();
        }
    }

    @Test
    void changesBeyondWhatTheColumnHoldsAreCountedNotDroppedSilently() {
        List<FieldChange> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new FieldChange("field" + i, "x".repeat(150), "y".repeat(300)));
        }
        String stored = Changes.encode(many);
        assertTrue(stored.length() <= Changes.COLUMN_LIMIT, "fits audit_entry.changes: " + stored.length());
        ChangeList read = Changes.decode(stored);
        assertEquals(40, read.changes().size() + read.more());
        assertTrue(read.more() > 0);
        assertTrue(read.changes().get(0).newValue().endsWith("…"), "a long value is visibly shortened");
    }

    private static <T> T inTransaction(Function<Services, T> work) {
        return Services.inTransaction(emf, CLOCK, work);
    }
}
