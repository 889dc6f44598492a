package org.iecmhc.lms.helpline;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Who works the helpline: administrators and active helpline staff, as web.xml lets onto its pages. The services of
 * the follow-up queue and the hand-off to consultation ask again here, on every request, rather than trust the page.
 */
public final class HelplineStaff {

    private HelplineStaff() {
    }

    public static boolean includes(EntityManager em, Viewer viewer) {
        return viewer.administrator() || Accounts.byEmail(em, viewer.email()).filter(HelplineStaff::isStaff).isPresent();
    }

    /** An account that can be given helpline work. */
    public static boolean isStaff(Account account) {
        return account.isActive() && account.hasRole(Role.HELPLINE_STAFF);
    }
}
