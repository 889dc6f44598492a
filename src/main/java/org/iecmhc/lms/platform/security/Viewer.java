package org.iecmhc.lms.platform.security;

/**
 * Who is looking at records that belong to a consultant (Open-Door sessions, support series, consultation
 * assignments): administrators see every record, a consultant only their own.
 */
public record Viewer(String email, boolean administrator) {

    /** Whether this viewer may open a record owned by the account with this email. */
    public boolean mayOpen(String ownerEmail) {
        return administrator || email.equals(ownerEmail);
    }
}
