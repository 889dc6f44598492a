package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.platform.time.PacificTime;

/** A published range as the lists show it: its address, its years, and the California day and the person that published it. */
public record PublishedRange(String slug, String from, String to, LocalDate publishedOn, String publishedBy)
        implements Serializable {

    static PublishedRange of(PublishedFigures page) {
        return new PublishedRange(page.getSlug(), page.getFromYear(), page.getToYear(), PacificTime.fromUtc(page.getPublishedAt()).toLocalDate(),
                page.getPublishedBy().getDisplayName());
    }

    public boolean isOneYear() {
        return from.equals(to);
    }

    public String getSlug() {
        return slug;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
