package org.iecmhc.lms.demo;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.Delivery;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * With {@code lms.demo=true}, fills an empty database with a small, realistic Network so a newcomer sees a
 * populated application. Runs before the first-administrator check, which then finds accounts and stays quiet.
 * The accounts and their password are listed in README.md.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "demo-password-2026";

    @Inject
    DemoSwitch demo;

    /**
     * The demo's people hear of their notifications in-app only: the demo's history (grades, sessions,
     * certificates) is made through the services, and it would otherwise queue a mail to each invented address.
     */
    static final Map<NotificationKind, Delivery> IN_APP_ONLY = Stream.of(NotificationKind.values())
            .collect(Collectors.toMap(Function.identity(), kind -> Delivery.IN_APP_ONLY));

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    void onDatabaseReady(@Observes @Priority(100) DatabaseReady ready) {
        if (!demo.isOn() || accounts.countAll() > 0) {
            return;
        }
        for (DemoPerson person : DemoPerson.values()) {
            accounts.create(new AccountDetails(person.email(), person.firstName, person.lastName, person.language,
                    EnumSet.copyOf(person.roles)), PASSWORD, false);
            notifications.choose(person.email(), IN_APP_ONLY);
        }
        LOG.info(() -> "Demo data loaded: " + DemoPerson.values().length + " accounts, password " + PASSWORD);
    }

    /** The demo cast; later features give them cohorts, courses and service records. */
    public enum DemoPerson {
        ADMIN("admin", "Alicia", "Navarro", Language.EN, Role.ADMINISTRATOR),
        FACULTY("faculty", "Renée", "Okafor", Language.EN, Role.FACULTY),
        TRAINEE("trainee", "María", "López", Language.ES, Role.TRAINEE),
        TRAINEE_EN("trainee2", "James", "Carter", Language.EN, Role.TRAINEE),
        HELPLINE("helpline", "Kim", "Nguyen", Language.EN, Role.HELPLINE_STAFF),
        CONSULTANT("consultant", "Rosa", "Martínez", Language.ES, Role.CONSULTANT),
        FACULTY_CONSULTANT("mentor", "David", "Chen", Language.EN, Role.FACULTY, Role.CONSULTANT);

        private final String user;
        private final String firstName;
        private final String lastName;
        private final Language language;
        private final java.util.List<Role> roles;

        DemoPerson(String user, String firstName, String lastName, Language language, Role... roles) {
            this.user = user;
            this.firstName = firstName;
            this.lastName = lastName;
            this.language = language;
            this.roles = java.util.List.of(roles);
        }

        public String email() {
            return user + "@demo.iecmhc.org";
        }
    }
}
