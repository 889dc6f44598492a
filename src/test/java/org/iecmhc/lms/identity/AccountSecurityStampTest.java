package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The stamp that ends open sessions moves with what the person may do, and only with that. */
class AccountSecurityStampTest {

    private final Account account = new Account("ana@example.org", "Ana", "Ruiz", LocalDateTime.of(2026, 3, 2, 12, 0));

    @Test
    void sameRolesSameEmailAndSameStateLeaveTheStampAlone() {
        account.setRoles(EnumSet.of(Role.TRAINEE));
        long stamp = account.getSecurityStamp();
        account.setRoles(EnumSet.of(Role.TRAINEE));
        account.changeEmail(" ANA@example.org ");
        account.setActive(true);
        account.rename("Ana María", "Ruiz");
        assertEquals(stamp, account.getSecurityStamp());
    }

    @Test
    void anonymisingEndsTheSessions() {
        long stamp = account.getSecurityStamp();
        account.anonymise("anonymised-1@invalid", "unknowable");
        assertTrue(account.getSecurityStamp() > stamp);
    }
}
