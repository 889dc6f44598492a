package org.iecmhc.lms.offering;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.WebAddress;

/**
 * The terms on which something is offered to providers: its seats, its format and the meeting link. No capacity means
 * it is not open for registration. Stored alike by every feature that offers something (columns {@code capacity},
 * {@code format}, {@code meeting_link}).
 */
@Embeddable
public class OfferingTerms implements Serializable {

    public static final int MAX_CAPACITY = 1000;
    public static final int MEETING_LINK = 500;

    private Integer capacity;

    @Enumerated(EnumType.STRING)
    private OfferingFormat format;

    private String meetingLink;

    protected OfferingTerms() {
    }

    /**
     * Refuses a capacity out of range and a meeting link that is not a web address, at the fields {@code capacity}
     * and {@code meetingLink}.
     */
    public OfferingTerms(Integer capacity, OfferingFormat format, String meetingLink) {
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new InputRejected("capacity", "offering.capacity.range");
        }
        String link = WebAddress.checked(meetingLink, MEETING_LINK, "meetingLink", "offering.meetingLink.invalid");
        this.capacity = capacity;
        this.format = format == null ? OfferingFormat.ONLINE : format;
        this.meetingLink = link;
    }

    public static OfferingTerms closed() {
        return new OfferingTerms(null, OfferingFormat.ONLINE, null);
    }

    public boolean isOpen() {
        return capacity != null;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public OfferingFormat getFormat() {
        return format == null ? OfferingFormat.ONLINE : format;
    }

    public String getMeetingLink() {
        return meetingLink;
    }
}
