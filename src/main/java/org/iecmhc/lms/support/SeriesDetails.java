package org.iecmhc.lms.support;

import java.time.LocalDate;

import org.iecmhc.lms.provider.ServiceForm;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * What a series form holds, checked by {@link CommunitiesOfSupport}; only administrators name the facilitator, and
 * the first session's date counts only when the series starts (its sessions are moved one by one afterwards).
 */
public record SeriesDetails(String title, ServiceLanguage language, Long facilitatorId, LocalDate startsOn) {

    static SeriesDetails of(ServiceForm form) {
        return new SeriesDetails(form.getTitle(), form.getLanguage(), form.getFacilitatorId(), form.getDate());
    }
}
