package org.iecmhc.lms.helpline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** Calls about a merged program are then about the kept entry. */
@ApplicationScoped
public class HelplineProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.moveAll(em, "HelplineCall", merged, kept);
    }
}
