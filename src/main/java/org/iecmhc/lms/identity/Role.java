package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.security.Roles;

/**
 * What a person may do. The enum names are also the security role and group names used by web.xml,
 * {@code @RolesAllowed} and {@code isUserInRole}; see {@link Roles} for the constants annotations need.
 */
public enum Role {
    TRAINEE, FACULTY, ADMINISTRATOR, HELPLINE_STAFF, CONSULTANT;

    public String messageKey() {
        return "role." + name();
    }
}
