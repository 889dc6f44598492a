package org.iecmhc.lms.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** Assignments and consultation requests for a merged program move to the kept entry. */
@ApplicationScoped
public class ConsultationProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.moveAll(em, "ConsultationAssignment", merged, kept);
        ProviderReferences.moveAll(em, "ConsultationRequest", merged, kept);
    }
}
