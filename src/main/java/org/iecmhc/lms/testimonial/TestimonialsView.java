package org.iecmhc.lms.testimonial;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.provider.ServiceLanguage;

/** The testimonials page: the comments its filters show, each of which an administrator may feature. */
@Named
@ViewScoped
public class TestimonialsView implements Serializable {

    @Inject
    Testimonials testimonials;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private QuotedService service;
    private String year;
    private ServiceLanguage serviceLanguage;
    private List<Testimonial> shown = List.of();

    public void search() {
        shown = testimonials.search(filter());
    }

    /** Features the comment on the impact page, or takes it off when it is featured. */
    public void toggle(Testimonial testimonial) {
        String done = testimonial.featured() ? "testimonial.unfeatured" : "testimonial.featuredDone";
        FormAction.done(() -> testimonials.feature(viewer.get().email(), testimonial.service(), testimonial.answerId(),
                !testimonial.featured()), FormAction.toMessage(null), done);
        search();
    }

    /** The CSV of what the filters show, in the page's language. */
    public String getExportAddress() {
        String query = filter().query();
        return "/reporting/testimonials/export?lang=" + language.getCode() + (query.isEmpty() ? "" : "&" + query);
    }

    private TestimonialFilter filter() {
        return new TestimonialFilter(service, year == null ? null : FiscalYear.parse(year).orElse(null), serviceLanguage);
    }

    /** Every fiscal year from the first reported through the current one, newest first. */
    public List<String> getYears() {
        List<String> years = new ArrayList<>();
        for (FiscalYear each = FiscalYear.current(clock); each.compareTo(FiscalYear.FIRST) >= 0;
             each = new FiscalYear(each.startYear() - 1)) {
            years.add(each.name());
        }
        return years;
    }

    public QuotedService[] getServices() {
        return QuotedService.values();
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    public List<Testimonial> getShown() {
        return shown;
    }

    public QuotedService getService() {
        return service;
    }

    public void setService(QuotedService service) {
        this.service = service;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public ServiceLanguage getServiceLanguage() {
        return serviceLanguage;
    }

    public void setServiceLanguage(ServiceLanguage serviceLanguage) {
        this.serviceLanguage = serviceLanguage;
    }
}
