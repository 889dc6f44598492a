package org.iecmhc.lms.platform.privacy;

import jakarta.json.JsonValue;

/**
 * A feature that finds a person's records by their e-mail address alone (registrations, survey links, mails): the
 * same records whether the person has an account or is a registrant known only by that address.
 */
public interface AddressPersonalData extends PersonalData {

    @Override
    JsonValue exportRegistrant(String email);

    @Override
    void eraseRegistrant(String email);

    @Override
    default JsonValue export(DataSubject person) {
        return exportRegistrant(person.email());
    }

    @Override
    default void anonymise(DataSubject person) {
        eraseRegistrant(person.email());
    }
}
