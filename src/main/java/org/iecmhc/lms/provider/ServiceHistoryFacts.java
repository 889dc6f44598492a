package org.iecmhc.lms.provider;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;

/**
 * What the history imports of the services to providers (Open-Door sessions, support series, consultation
 * assignments) check their files against and store them with: the consultants who worked then and every provider.
 */
@ApplicationScoped
public class ServiceHistoryFacts {

    @Inject
    EntityManager em;

    @Inject
    ProviderRegistry providers;

    @Inject
    Clock clock;

    /** The consultants by e-mail, former ones too: history names those who worked then. */
    public Map<String, Account> consultants() {
        return Accounts.byEmailWithRole(em, Role.CONSULTANT);
    }

    public Set<String> consultantEmails() {
        return consultants().keySet();
    }

    public ProviderLookup providers() {
        return providers.lookup();
    }

    /** The clock a file's dates are checked against (history is in the past). */
    public Clock clock() {
        return clock;
    }
}
