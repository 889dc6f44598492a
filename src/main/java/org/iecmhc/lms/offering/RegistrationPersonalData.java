package org.iecmhc.lms.offering;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.AddressPersonalData;
import org.iecmhc.lms.platform.privacy.DataSubject;

/**
 * The registrations made with a person's e-mail address, whether or not they have an account: registrants are known
 * by nothing else. Erasure keeps each row, so seats, waiting lists and the counts of registrants stay as they were.
 */
@ApplicationScoped
public class RegistrationPersonalData implements AddressPersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "offeringRegistrations";
    }

    @Override
    public JsonValue exportRegistrant(String email) {
        return list(registrations(email), r -> record().with("offering", r.getOfferingKind() + "-" + r.getOfferingId())
                .with("name", r.getName()).with("email", r.getEmail()).with("program", r.getProgram())
                .with("county", r.getCounty().getName()).with("role", r.getRole()).with("language", r.getLanguage())
                .with("state", r.getState()).with("registeredAtUtc", r.getRegisteredAt())
                .with("confirmedAtUtc", r.getConfirmedAt()).with("cancelledAtUtc", r.getCancelledAt()).build());
    }

    @Override
    public void eraseRegistrant(String email) {
        registrations(email).forEach(r -> r.anonymise(DataSubject.placeholderEmail("registration", r.getId()),
                RegistrationTokens.newSecret()));
    }

    private List<Registration> registrations(String email) {
        return em.createQuery("select r from Registration r join fetch r.county where lower(r.email) = :email"
                        + " order by r.registeredAt, r.id", Registration.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }
}
