package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.testimonial.Testimonial;
import org.iecmhc.lms.testimonial.Testimonials;

/** The impact dashboard: figures of a range of fiscal years, their trends, and the county map with its table. */
@Named
@ViewScoped
public class ImpactView implements Serializable {

    @Inject
    ImpactDashboards dashboards;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    @Inject
    FigurePublications publications;

    @Inject
    CurrentViewer viewer;

    @Inject
    Testimonials testimonials;

    private String from;
    private String to;
    private FiscalYears shown;
    private ImpactDashboard dashboard;
    private List<PublishedRange> published;
    private List<Testimonial> quotes;

    /** Shows the range chosen or given in the address (2021-2022 through the current year when none); a wrong range is explained at its field. */
    public void show() {
        Locale locale = language.getLocale();
        // A view action runs before the template sets the page language, so its messages would be in the browser's.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        try {
            FiscalYears years = FiscalYears.parseOrDefault(from, to, clock);
            dashboard = dashboards.of(years, locale);
            from = years.from().name();
            to = years.to().name();
            shown = years;
            published = publications.all();
            quotes = testimonials.featured(years);
        } catch (InputRejected rejected) {
            shown = null;
            Messages.reject("range", rejected);
        }
    }

    /** Computes the shown range's figures again now, for everyone who opens the dashboard next as well. */
    public void refresh() {
        dashboard = dashboards.refreshed(shown, language.getLocale());
    }

    /** Publishes the figures of the range on the page for everyone to read, as they are now. */
    public void publish() {
        FormAction.done(() -> publications.publish(viewer.get().email(), shown), FormAction.toMessage(null), "numbers.published");
        published = publications.all();
    }

    public void unpublish(String slug) {
        FormAction.done(() -> publications.unpublish(viewer.get().email(), slug), FormAction.toMessage(null), "numbers.unpublished");
        published = publications.all();
    }

    /** Whether the range on the page is published, so the button says "publish again" rather than "publish". */
    public boolean isShownPublished() {
        return shown != null && published.stream().anyMatch(range -> range.slug().equals(PublishedFigures.slug(shown)));
    }

    /** Every fiscal year from the first reported through the current one, newest last. */
    public List<String> getYears() {
        List<String> years = new ArrayList<>();
        for (FiscalYear year = FiscalYear.FIRST; year.compareTo(FiscalYear.current(clock)) <= 0; year = year.next()) {
            years.add(year.name());
        }
        return years;
    }

    public ImpactFigure[] getFigures() {
        return ImpactFigure.values();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The range whose figures are on the page; null when none could be shown. */
    public FiscalYears getShown() {
        return shown;
    }

    /** What the page shows of the range, the same for every reader; null when no range could be shown. */
    public ImpactDashboard getDashboard() {
        return dashboard;
    }

    public long getFreshForMinutes() {
        return ImpactDashboards.FRESH_FOR.toMinutes();
    }

    public List<PublishedRange> getPublished() {
        return published;
    }

    /** The quotes administrators featured from the range's years. */
    public List<Testimonial> getQuotes() {
        return quotes;
    }
}
