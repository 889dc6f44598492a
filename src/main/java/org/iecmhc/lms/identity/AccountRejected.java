package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A change to an account that cannot be made as asked. */
public class AccountRejected extends InputRejected {

    public AccountRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
