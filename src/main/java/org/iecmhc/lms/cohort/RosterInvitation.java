package org.iecmhc.lms.cohort;

import org.iecmhc.lms.identity.Invitations.Standing;

/** Where the invitation of one trainee of a cohort stands, as a program that imported the roster follows it. */
public record RosterInvitation(String email, Standing standing) {
}
