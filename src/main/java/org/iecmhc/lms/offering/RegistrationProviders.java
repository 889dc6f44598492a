package org.iecmhc.lms.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** The program each registration was matched to follows a merge, so staff see the registrant against the kept entry. */
@ApplicationScoped
public class RegistrationProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.moveAll(em, "Registration", merged, kept);
    }
}
