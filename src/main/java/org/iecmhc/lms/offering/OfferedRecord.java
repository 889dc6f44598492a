package org.iecmhc.lms.offering;

import org.iecmhc.lms.provider.ServiceLanguage;

/** A record providers can register for: what the public pages show of it besides its meetings' times. */
public interface OfferedRecord {

    Long getId();

    String getTitle();

    ServiceLanguage getLanguage();

    OfferingTerms getTerms();
}
