package org.iecmhc.lms.practicum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** Placements with a merged program are then with the kept entry. */
@ApplicationScoped
public class PracticumProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.moveAll(em, "Placement", merged, kept);
    }
}
