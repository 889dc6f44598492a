package org.iecmhc.lms.webinar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.offering.Offering;
import org.iecmhc.lms.offering.RecordOfferings;
import org.iecmhc.lms.platform.security.Viewer;

/** Webinars with a capacity, offered on the public registration pages; once held, their recording is shown there. */
@ApplicationScoped
public class WebinarOfferings extends RecordOfferings<Webinar> {

    static final String KIND = "webinar";

    @Inject
    Webinars webinars;

    public WebinarOfferings() {
        super(KIND, Webinar.class);
    }

    @Override
    public List<Offering> upcoming(LocalDateTime nowUtc) {
        return em.createQuery("select w from Webinar w where w.terms.capacity is not null and w.slot.startsAt > :now"
                        + " order by w.slot.startsAt", Webinar.class)
                .setParameter("now", nowUtc).getResultStream().map(WebinarOfferings::offered).toList();
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        webinars.visible(viewer, id);
    }

    @Override
    public Optional<String> recordingLink(long id) {
        return Optional.ofNullable(em.find(Webinar.class, id)).map(Webinar::getRecordingLink);
    }

    @Override
    protected Optional<Offering> offering(Webinar webinar) {
        return Optional.of(offered(webinar));
    }

    private static Offering offered(Webinar webinar) {
        return new Offering(KIND, "offering.kind.webinar", webinar.getId(), webinar.getTitle(), webinar.getLanguage(),
                webinar.getSlot().getStartsAt(), webinar.getSlot().getMinutes(), 1, webinar.getTerms());
    }
}
