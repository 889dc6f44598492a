package org.iecmhc.lms.offering;

import java.io.Serializable;

/** What a registrant's link page shows: their name, where the registration stands and what it is for. */
public record RegisteredFor(String name, RegistrationState state, Offering offering) implements Serializable {

    public String getName() {
        return name;
    }

    public RegistrationState getState() {
        return state;
    }

    public Offering getOffering() {
        return offering;
    }
}
