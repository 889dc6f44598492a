package org.iecmhc.lms.offering;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public list at {@code /offerings}: everything open for registration, soonest first. */
@Named
@RequestScoped
public class OfferingsView {

    @Inject
    Offerings offerings;

    private List<OpenOffering> open;

    public List<OpenOffering> getOpen() {
        if (open == null) {
            open = offerings.open();
        }
        return open;
    }
}
