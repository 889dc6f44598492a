package org.iecmhc.lms.reporting;

import java.time.LocalDateTime;

import jakarta.json.JsonReader;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.JsonText;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;

/** A range of fiscal years whose figures an administrator published for everyone, kept as they were shown then. */
@Entity
@Table(name = "published_figures")
public class PublishedFigures extends AuditedRecord {

    private String slug;

    private String fromYear;

    private String toYear;

    private String figures;

    @ManyToOne(optional = false)
    private Account publishedBy;

    private LocalDateTime publishedAt;

    protected PublishedFigures() {
    }

    PublishedFigures(FiscalYears years, ShownFigures figures, Account publishedBy, LocalDateTime publishedAt) {
        this.slug = slug(years);
        this.fromYear = years.from().name();
        this.toYear = years.to().name();
        replace(figures, publishedBy, publishedAt);
    }

    /** The range's address: "2024-2025" for one year, "2021-2022_2025-2026" for several. */
    static String slug(FiscalYears years) {
        return years.from().equals(years.to()) ? years.from().name() : years.from().name() + "_" + years.to().name();
    }

    void replace(ShownFigures figures, Account publishedBy, LocalDateTime publishedAt) {
        this.figures = figures.json().toString();
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public String getSlug() {
        return slug;
    }

    public FiscalYears getYears() {
        return new FiscalYears(FiscalYear.parse(fromYear).orElseThrow(), FiscalYear.parse(toYear).orElseThrow());
    }

    public String getFromYear() {
        return fromYear;
    }

    public String getToYear() {
        return toYear;
    }

    public ShownFigures getFigures() {
        try (JsonReader reader = JsonText.reader(figures)) {
            return ShownFigures.fromJson(reader.readObject());
        }
    }

    public Account getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    @Override
    public String auditLabel() {
        return "published figures " + slug;
    }
}
