package org.iecmhc.lms.offering;

/** Where an offering meets: online (the meeting link goes to those holding a seat) or in person. */
public enum OfferingFormat {
    ONLINE, IN_PERSON;

    public String messageKey() {
        return "offering.format." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
