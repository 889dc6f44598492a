package org.iecmhc.lms.identity;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * On a database with no account at all, creates the administrator who creates everyone else: from
 * {@code lms.admin.email}/{@code lms.admin.password}, or with a one-time password printed to the log.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String DEFAULT_EMAIL = "admin@lms.local";
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "lms.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "lms.admin.password")
    Optional<String> password;

    void onDatabaseReady(@Observes @Priority(200) DatabaseReady ready) {
        if (accounts.countAll() > 0) {
            return;
        }
        String adminEmail = email.filter(s -> !s.isBlank()).orElse(DEFAULT_EMAIL);
        Optional<String> chosen = password.filter(p -> AccountRules.passwordProblem(p).isEmpty());
        if (password.isPresent() && chosen.isEmpty()) {
            LOG.warning("lms.admin.password is shorter than 12 characters; a one-time password is used instead");
        }
        String initial = chosen.orElseGet(FirstAdministrator::oneTimePassword);
        AccountDetails details = new AccountDetails(adminEmail, "Network", "Administrator", Language.EN,
                EnumSet.of(Role.ADMINISTRATOR));
        accounts.create(details, initial, chosen.isEmpty());
        if (chosen.isEmpty()) {
            LOG.warning(() -> "First administrator created: " + adminEmail + " with one-time password " + initial
                    + " (it must be changed at first sign-in)");
        } else {
            LOG.info(() -> "First administrator created: " + adminEmail);
        }
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }
}
