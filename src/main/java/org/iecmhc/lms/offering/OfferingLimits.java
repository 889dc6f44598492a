package org.iecmhc.lms.offering;

import org.iecmhc.lms.platform.text.EmailFormat;

/** Lengths of what registrants type, shared by the table, the rules and the pages' maxlength. */
public final class OfferingLimits {

    public static final int NAME = 200;
    public static final int EMAIL = EmailFormat.MAX_LENGTH;
    public static final int PROGRAM = 200;

    private OfferingLimits() {
    }
}
