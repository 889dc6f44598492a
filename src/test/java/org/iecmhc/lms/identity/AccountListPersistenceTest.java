package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page of the accounts list costs the same few statements however many accounts it shows (issue 17). */
class AccountListPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private int stored;

    @Test
    void aPageOfFiftyAccountsWithTheirRolesCostsNoMoreStatementsThanAPageOfFive() {
        db.statements().assertConstantAsRowsGrow("Accounts list (count, page, roles of every account)", 3,
                this::storeAccountsUpTo, this::viewPage);
    }

    @Test
    void theApiListKeepsTheAccountsOfARoleAndAStateWhoseNameOrEmailContainsTheText() {
        storeAccountsUpTo(6);
        db.inTransaction(em -> {
            Accounts accounts = Services.on(em, CLOCK).accounts();
            accounts.setActive(accounts.findByEmail("person0@list.example.org").orElseThrow().getId(), false);
            return null;
        });
        db.inTransaction(em -> {
            Accounts accounts = Services.on(em, CLOCK).accounts();
            assertEquals(List.of("person2@list.example.org", "person4@list.example.org"),
                    emails(accounts.search("", Role.CONSULTANT, true, 0, 50)));
            assertEquals(2, accounts.countMatching("", Role.CONSULTANT, true));
            assertEquals(3, accounts.countMatching(null, Role.FACULTY, null));
            assertEquals(6, accounts.countMatching(null, Role.TRAINEE, null));
            assertEquals(List.of("person0@list.example.org"), emails(accounts.search("number 0", null, false, 0, 50)));
            assertEquals(List.of("person5@list.example.org"), emails(accounts.search("", null, null, 5, 50)), "paged");
            return null;
        });
    }

    private static List<String> emails(List<Account> accounts) {
        return accounts.stream().map(Account::getEmail).toList();
    }

    private void viewPage() {
        db.inTransaction(em -> {
            Accounts accounts = Services.on(em, CLOCK).accounts();
            assertEquals(stored, accounts.countMatching(""));
            List<Account> shown = accounts.search("", 0, 100, AccountSort.EMAIL, true);
            assertEquals(2 * stored, shown.stream().mapToInt(account -> account.getRoles().size()).sum(), "two roles each");
            return shown;
        });
    }

    private void storeAccountsUpTo(int accounts) {
        db.inTransaction(em -> {
            for (int i = stored; i < accounts; i++) {
                Account account = new Account("person" + i + "@list.example.org", "Person", "Number " + i,
                        LocalDateTime.of(2026, 3, 1, 9, 0));
                account.setPasswordHash("not a hash: nobody signs in here", false);
                account.setRoles(EnumSet.of(Role.TRAINEE, i % 2 == 0 ? Role.CONSULTANT : Role.FACULTY));
                em.persist(account);
            }
            return accounts;
        });
        stored = accounts;
    }
}
