package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderReferences;

/** Attendance of a merged program moves to the kept entry; a session both attended is for staff to settle first. */
@ApplicationScoped
public class OpenDoorProviders implements ProviderReferences {

    @Inject
    EntityManager em;

    @Override
    public void move(Provider merged, Provider kept) {
        ProviderReferences.requireNoneShared(em, "OpenDoorAttendance", "session", merged, kept);
        ProviderReferences.moveAll(em, "OpenDoorAttendance", merged, kept);
    }
}
