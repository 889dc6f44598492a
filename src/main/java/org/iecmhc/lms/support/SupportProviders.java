package org.iecmhc.lms.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** Enrollments of a merged program move to the kept entry, with their attendance; a series both are enrolled in is for staff to settle first. */
@ApplicationScoped
public class SupportProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.requireNoneShared(em, "SupportEnrollment", "series", merged, kept);
        ProviderReferences.moveAll(em, "SupportEnrollment", merged, kept);
    }
}
