package org.iecmhc.lms.offering;

import java.io.Serializable;

/** One registration as its offering's staff see it, for the life of their page. */
public record RegistrationRow(String name, String email, String program, boolean inRegistry, String countyName,
                              ParticipantRole role, RegistrationState state) implements Serializable {

    static RegistrationRow of(Registration registration) {
        return new RegistrationRow(registration.getName(), registration.getEmail(), registration.getProgram(),
                registration.getProvider() != null, registration.getCounty().getName(), registration.getRole(),
                registration.getState());
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
