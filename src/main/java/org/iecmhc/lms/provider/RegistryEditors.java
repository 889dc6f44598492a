package org.iecmhc.lms.provider;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Who may change the provider registry, confirm a registrant's program or merge it: administrators and consultants.
 * Helpline staff and faculty may look programs up, so every page that offers a change asks here.
 */
public final class RegistryEditors {

    private RegistryEditors() {
    }

    /** Whether the person of the current request may change the registry. */
    public static boolean includeCurrentPerson() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.ADMINISTRATOR) || external.isUserInRole(Roles.CONSULTANT);
    }
}
