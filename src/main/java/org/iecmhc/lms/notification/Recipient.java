package org.iecmhc.lms.notification;

import java.util.Objects;

import org.iecmhc.lms.platform.i18n.Language;

/** The person a notification is for, as the telling feature knows them: the account, its address and language. */
public record Recipient(long accountId, String email, Language language) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
