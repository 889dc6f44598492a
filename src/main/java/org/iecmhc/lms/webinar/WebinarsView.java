package org.iecmhc.lms.webinar;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.LazyDataModel;

/** The webinar list: those a consultant leads, or all for administrators; latest first unless sorted. */
@Named
@ViewScoped
public class WebinarsView implements Serializable {

    @Inject
    Webinars webinars;

    @Inject
    CurrentViewer viewer;

    private ServiceLanguage language;
    private String text;
    private WebinarFilter.Period period;

    private final LazyDataModel<Webinar> model = PagedList.sorted(
            () -> webinars.count(viewer.get(), filter()),
            (first, size, column, ascending) -> webinars.search(viewer.get(), filter(), column, ascending, first, size),
            SortColumn.sorting(WebinarSort.STARTS_AT, false), Webinar::getId);

    private WebinarFilter filter() {
        return new WebinarFilter(language, text, period);
    }

    public LazyDataModel<Webinar> getModel() {
        return model;
    }

    public WebinarFilter.Period[] getPeriods() {
        return WebinarFilter.Period.values();
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public WebinarFilter.Period getPeriod() {
        return period;
    }

    public void setPeriod(WebinarFilter.Period period) {
        this.period = period;
    }
}
