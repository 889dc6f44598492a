package org.iecmhc.lms.demo;

import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ProviderSearch;
import org.iecmhc.lms.provider.ProviderSort;

/**
 * What the service tiers' demo data (Open-Door, support, consultation) is about: the demo's providers and its two
 * consultants, Rosa (Spanish-speaking) and David. Empty until the people and providers demos have run, so each tier
 * waits for them rather than seeding half a record.
 */
record DemoConsultants(List<Provider> registry, Account rosa, Account david) {

    private static final int MAX_PROVIDERS = 100;

    static Optional<DemoConsultants> seeded(ProviderRegistry providers, Accounts accounts, int fewestProviders) {
        List<Provider> registry = providers.search(ProviderSearch.everything(), 0, MAX_PROVIDERS, ProviderSort.NAME,
                true);
        Optional<Account> rosa = accounts.findByEmail(DemoData.DemoPerson.CONSULTANT.email());
        Optional<Account> david = accounts.findByEmail(DemoData.DemoPerson.FACULTY_CONSULTANT.email());
        if (registry.size() < fewestProviders || rosa.isEmpty() || david.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DemoConsultants(registry, rosa.get(), david.get()));
    }
}
