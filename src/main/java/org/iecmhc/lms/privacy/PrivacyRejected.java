package org.iecmhc.lms.privacy;

import org.iecmhc.lms.platform.errors.InputRejected;

/** An export or anonymisation that cannot be done as asked. */
public class PrivacyRejected extends InputRejected {

    public PrivacyRejected(String messageKey) {
        super("anonymise", messageKey);
    }
}
