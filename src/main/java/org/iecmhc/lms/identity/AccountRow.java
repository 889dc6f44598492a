package org.iecmhc.lms.identity;

import java.io.Serializable;

/**
 * An account as a line of the administrators' list, its roles and invitation state already in the reader's language.
 * Read by the page as properties: EL finds a property in its cache, while a called method (a record's accessor, a
 * view's method with an argument) is looked up anew among all of its class's methods at every call, which cost a
 * twentieth of the list's CPU with two such calls per line (JFR, issue 17).
 */
public final class AccountRow implements Serializable {

    private final long id;
    private final String lastName;
    private final String firstName;
    private final String email;
    private final boolean active;
    private final String status;
    private final String roleNames;
    private final String invitation;
    private final boolean invitationPending;

    AccountRow(Account account, String status, String roleNames, InvitationState invitation, String invitationText) {
        this.id = account.getId();
        this.lastName = account.getLastName();
        this.firstName = account.getFirstName();
        this.email = account.getEmail();
        this.active = account.isActive();
        this.status = status;
        this.roleNames = roleNames;
        this.invitation = invitationText;
        this.invitationPending = invitation.isPending();
    }

    public long getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    /** "Active" or "Deactivated". */
    public String getStatus() {
        return status;
    }

    /** Such as "Administrator, Faculty", in the roles' order. */
    public String getRoleNames() {
        return roleNames;
    }

    /** Where the latest invitation stands, such as "Sent". */
    public String getInvitation() {
        return invitation;
    }

    /** Whether the invitation can be sent again. */
    public boolean isInvitationPending() {
        return invitationPending;
    }
}
