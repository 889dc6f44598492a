package org.iecmhc.lms.support;

import java.time.LocalDate;

import org.iecmhc.lms.provider.ServiceForm;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * What a series form holds, checked by {@link CommunitiesOfSupport}; only administrators name the facilitator, and
 * the first session's date counts only when the series starts (its sessions are moved one by one afterwards). No kind
 * means a Community of Support, as every series was before providers' Communities of Practice.
 */
public record SeriesDetails(String title, ServiceLanguage language, Long facilitatorId, LocalDate startsOn,
                            SeriesKind kind) {

    public SeriesDetails {
        kind = kind == null ? SeriesKind.COMMUNITY_OF_SUPPORT : kind;
    }

    /** A Community of Support. */
    public SeriesDetails(String title, ServiceLanguage language, Long facilitatorId, LocalDate startsOn) {
        this(title, language, facilitatorId, startsOn, SeriesKind.COMMUNITY_OF_SUPPORT);
    }

    static SeriesDetails of(ServiceForm form, SeriesKind kind) {
        return new SeriesDetails(form.getTitle(), form.getLanguage(), form.getFacilitatorId(), form.getDate(), kind);
    }
}
