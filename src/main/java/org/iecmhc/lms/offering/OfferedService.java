package org.iecmhc.lms.offering;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.provider.FacilitatedService;

/**
 * A facilitated service providers can register for (an Open-Door session, a support series, a webinar), with the
 * terms it is offered on: closed until staff open it.
 */
@MappedSuperclass
public abstract class OfferedService extends FacilitatedService implements OfferedRecord {

    @Embedded
    private OfferingTerms terms;

    /** Opens it for registration on these terms, or closes it (no capacity). */
    protected void offerOn(OfferingTerms terms) {
        this.terms = terms;
    }

    @Override
    public OfferingTerms getTerms() {
        return terms == null ? OfferingTerms.closed() : terms;
    }
}
