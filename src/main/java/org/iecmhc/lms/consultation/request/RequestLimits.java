package org.iecmhc.lms.consultation.request;

import org.iecmhc.lms.provider.ProviderLimits;

/** The longest text a consultation request holds, equal to its columns in V45. */
public final class RequestLimits {

    /** A provider not in the registry is named as the registry would name it. */
    public static final int PROVIDER_NAME = ProviderLimits.NAME;
    public static final int NEEDS = 2000;

    private RequestLimits() {
    }
}
