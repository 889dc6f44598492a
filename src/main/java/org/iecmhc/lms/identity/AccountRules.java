package org.iecmhc.lms.identity;

import java.util.Optional;

import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.platform.text.TypedText;

/** What makes an email or a password acceptable; each answer is a message key for the person to read. */
public final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_PASSWORD_LENGTH = 200;

    private AccountRules() {
    }

    public static Optional<String> emailProblem(String email) {
        String normalized = Account.normalizeEmail(email);
        if (normalized.isEmpty()) {
            return Optional.of("account.email.required");
        }
        if (!EmailFormat.isWellFormed(normalized)) {
            return Optional.of("account.email.malformed");
        }
        return Optional.empty();
    }

    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("account.password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("account.password.tooShort");
        }
        return Optional.empty();
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("account.name.required");
        }
        if (!TypedText.fits(name, AccountLimits.NAME)) {
            return Optional.of("account.name.tooLong");
        }
        return TypedText.hasControlCharacters(name, false) ? Optional.of("text.control") : Optional.empty();
    }
}
