package org.iecmhc.lms.offering;

import org.iecmhc.lms.platform.api.JsonFields;

/**
 * The registration settings as an API body holds them ({@code capacity}, {@code format}, {@code meetingLink}), read
 * for every feature that offers something. Their rules stay with {@link OfferingTerms}: reading only refuses a field
 * of the wrong type or out of range, so that every such problem is answered at once.
 */
public record OfferingTermsInput(Integer capacity, OfferingFormat format, String meetingLink) {

    /** Reads the three fields; an absent capacity closes registration, an absent format is online. */
    public static OfferingTermsInput read(JsonFields json) {
        Integer capacity = json.has("capacity") ? json.wholeNumber("capacity", 1, OfferingTerms.MAX_CAPACITY) : null;
        return new OfferingTermsInput(capacity, json.optionalChoice("format", OfferingFormat.class),
                json.optionalText("meetingLink"));
    }

    /** The terms, a malformed meeting link refused at {@code meetingLink}. */
    public OfferingTerms terms() {
        return new OfferingTerms(capacity, format, meetingLink);
    }
}
