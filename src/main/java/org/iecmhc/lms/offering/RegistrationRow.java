package org.iecmhc.lms.offering;

import java.io.Serializable;

/**
 * One registration as its offering's staff see it, for the life of their page; {@code programToConfirm} when the
 * registry entry it joined was added by a registrant and awaits staff.
 */
public record RegistrationRow(String name, String email, String program, boolean inRegistry, boolean programToConfirm,
                              String countyName, ParticipantRole role, RegistrationState state) implements Serializable {

    /** From a registration whose provider was fetched with it ({@link Registrations#forStaff}), so no row reads more. */
    static RegistrationRow of(Registration registration) {
        return new RegistrationRow(registration.getName(), registration.getEmail(), registration.getProgram(),
                registration.getProvider() != null,
                registration.getProvider() != null && !registration.getProvider().isConfirmed(),
                registration.getCounty().getName(), registration.getRole(), registration.getState());
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getProgram() {
        return program;
    }

    public boolean isInRegistry() {
        return inRegistry;
    }

    public boolean isProgramToConfirm() {
        return programToConfirm;
    }

    public String getCountyName() {
        return countyName;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public RegistrationState getState() {
        return state;
    }
}
