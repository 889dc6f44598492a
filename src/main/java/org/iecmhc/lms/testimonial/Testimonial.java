package org.iecmhc.lms.testimonial;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A comment given with consent to quote, attributed as the Network may attribute it: the respondent's role (the kind
 * of provider), the service and the fiscal year. It carries no name: no record holds a participant's consent to be
 * named, so a name is never shown. Language is null where the service has none and the participant answered no link
 * (a consultation answer typed by staff).
 *
 * @param answerId the id of the service's record that holds the answer (attendance, enrollment or assignment)
 * @param on the day the service was given, whose fiscal year the testimonial belongs to
 */
public record Testimonial(QuotedService service, long answerId, String comment, LocalDate on,
                          ServiceLanguage language, ProviderKind role, boolean featured) implements Serializable {

    public FiscalYear year() {
        return FiscalYear.of(on);
    }

    /** The testimonial's key in tables and requests: service and answer id. */
    public String key() {
        return service.name() + "-" + answerId;
    }

    public String getKey() {
        return key();
    }

    public QuotedService getService() {
        return service;
    }

    /** The fiscal year's name, which sorts as the years do. */
    public String getYear() {
        return year().name();
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public ProviderKind getRole() {
        return role;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getComment() {
        return comment;
    }

    public boolean isFeatured() {
        return featured;
    }
}
