package org.iecmhc.lms.helpline;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.helpline.ReferralCounts.ResourceReferrals;
import org.iecmhc.lms.helpline.ReferralCounts.TopicReferrals;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The helpline's referrals of a fiscal year counted by resource and by topic, each table downloadable as CSV. */
@Named
@ViewScoped
public class ReferralReportView implements Serializable {

    @Inject
    ReferralCounts counts;

    @Inject
    Clock clock;

    private String year;
    private List<ResourceReferrals> byResource;
    private List<TopicReferrals> byTopic;

    /** Every fiscal year from the first reported through the current one, newest first. */
    public List<String> getYears() {
        List<String> years = new ArrayList<>();
        for (FiscalYear y = FiscalYear.current(clock); y.compareTo(FiscalYear.FIRST) >= 0; y = new FiscalYear(y.startYear() - 1)) {
            years.add(y.name());
        }
        return years;
    }

    private FiscalYear chosen() {
        return FiscalYear.parse(year).orElseGet(() -> FiscalYear.current(clock));
    }

    public List<ResourceReferrals> getByResource() {
        if (byResource == null) {
            byResource = counts.byResource(chosen());
        }
        return byResource;
    }

    public List<TopicReferrals> getByTopic() {
        if (byTopic == null) {
            byTopic = counts.byTopic(chosen());
        }
        return byTopic;
    }

    public long getTotal() {
        return getByResource().stream().mapToLong(ResourceReferrals::referrals).sum();
    }

    public StreamedContent getResourceCsv() {
        return file("referrals-by-resource-" + chosen().name() + ".csv", ReferralCsv.byResource(getByResource(), locale()));
    }

    public StreamedContent getTopicCsv() {
        return file("referrals-by-topic-" + chosen().name() + ".csv", ReferralCsv.byTopic(getByTopic(), locale()));
    }

    private static StreamedContent file(String name, String csv) {
        byte[] bytes = ReferralCsv.download(csv);
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getYear() {
        return year == null ? chosen().name() : year;
    }

    /** A year chosen on the page: the tables are read again for it. */
    public void setYear(String year) {
        this.year = year;
        byResource = null;
        byTopic = null;
    }
}
