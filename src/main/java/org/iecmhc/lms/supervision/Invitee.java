package org.iecmhc.lms.supervision;

/**
 * A trainee invited to a session, as a list of sessions shows them: read as plain columns with the whole list's
 * invitations at once (see {@link ReflectiveSupervision#invitationsOf}).
 *
 * @param attendance null while not taken
 */
public record Invitee(long traineeId, String name, Attendance attendance) {
}
