package org.iecmhc.lms.completion;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A completion that cannot be confirmed as asked, with the message key to show. */
public class CompletionRejected extends InputRejected {

    public CompletionRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
