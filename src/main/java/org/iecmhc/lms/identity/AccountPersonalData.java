package org.iecmhc.lms.identity;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** The account itself: who the person is and how they sign in (never the password hash). */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public JsonValue export(DataSubject person) {
        Account account = em.find(Account.class, person.accountId());
        return record()
                .with("id", account.getId())
                .with("email", account.getEmail())
                .with("firstName", account.getFirstName())
                .with("lastName", account.getLastName())
                .with("preferredLanguage", account.getPreferredLanguage().code())
                .with("roles", account.getRoles().stream().map(Role::name).sorted().toList())
                .with("active", account.isActive())
                .with("passwordChangeRequired", account.isPasswordChangeRequired())
                .with("lockedUntilUtc", account.getLockedUntil())
                .with("createdAtUtc", account.getCreatedAt())
                .build();
    }

    @Override
    public void anonymise(DataSubject person) {
        em.find(Account.class, person.accountId())
                .anonymise(person.placeholderEmail(), hasher.hash(Accounts.randomPassword()));
    }
}
