package org.iecmhc.lms.provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.security.CurrentViewer;

/**
 * What the pages of the consultants' services (Open-Door sessions, support series, consultation assignments) offer
 * to choose from. Only administrators choose the consultant; a consultant's own records are theirs. The provider
 * suggestions serve every page with a provider field (placements and helpline calls too).
 */
@Named
@RequestScoped
public class ServiceChoices {

    private static final int SUGGESTIONS = 10;
    private static final ServiceLanguage[] LANGUAGES = {ServiceLanguage.EN, ServiceLanguage.ES};

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;

    @Inject
    CurrentViewer viewer;

    public List<Account> getConsultants() {
        return accounts.activeWithRole(Role.CONSULTANT);
    }

    /** Who may lead a webinar: consultants and administrators, by name. */
    public List<Account> getFacilitators() {
        return Stream.concat(getConsultants().stream(), accounts.activeWithRole(Role.ADMINISTRATOR).stream()).distinct()
                .sorted(Comparator.comparing(Account::getLastName).thenComparing(Account::getFirstName)).toList();
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    /** The languages a session or series is held in. */
    public ServiceLanguage[] getLanguages() {
        return LANGUAGES.clone();
    }

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }
}
