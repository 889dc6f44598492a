package org.iecmhc.lms.offering;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.provider.RegistryEditors;

/**
 * The registrations of the offering a staff page shows (an Open-Door session, a support series): seats held, the
 * waiting list in its order and those not confirmed yet. The service refuses anyone who may not open the record.
 */
@Named
@ViewScoped
public class OfferingRegistrationsView implements Serializable {

    @Inject
    Registrations registrations;

    @Inject
    CurrentViewer viewer;

    private String loadedFor;
    private List<RegistrationRow> rows = List.of();

    public List<RegistrationRow> rows(String kind, long offeringId) {
        String key = kind + "-" + offeringId;
        if (!key.equals(loadedFor)) {
            rows = registrations.forStaff(viewer.get(), kind, offeringId).stream().map(RegistrationRow::of).toList();
            loadedFor = key;
        }
        return rows;
    }

    /** A program to confirm links to the registry's entries to confirm for those who may confirm them. */
    public boolean isProgramConfirmer() {
        return RegistryEditors.includeCurrentPerson();
    }

    public long count(String kind, long offeringId, RegistrationState state) {
        return rows(kind, offeringId).stream().filter(row -> row.state() == state).count();
    }
}
