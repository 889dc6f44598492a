package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.offering.OfferingFormat;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.webinar.WebinarDetails;
import org.iecmhc.lms.webinar.WebinarFilter;
import org.iecmhc.lms.webinar.Webinars;

/**
 * With {@code lms.demo=true} and no webinars yet: one held last month with its recording, and a Spanish one in the
 * coming weeks open for registration.
 */
@ApplicationScoped
public class DemoWebinars {

    private static final Logger LOG = Logger.getLogger(DemoWebinars.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);

    @Inject
    DemoSwitch demo;

    @Inject
    Webinars webinars;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;

    void onDatabaseReady(@Observes @Priority(148) DatabaseReady ready) {
        if (!demo.isOn() || webinars.count(SYSTEM, new WebinarFilter(null, null, null)) > 0) {
            return;
        }
        DemoConsultants cast = DemoConsultants.seeded(providers, accounts, 1).orElse(null);
        if (cast == null) {
            return;
        }
        LocalDate today = PacificTime.today(demo.clock());
        long held = webinars.schedule(SYSTEM, new WebinarDetails("Understanding toddler tantrums", "Challenging behavior",
                ServiceLanguage.EN, cast.david().getId(), new MeetingTime(today.minusDays(30), LocalTime.of(12, 0), 60)))
                .getId();
        webinars.record(SYSTEM, held, "https://video.example.org/webinars/toddler-tantrums");
        long upcoming = webinars.schedule(SYSTEM, new WebinarDetails("El juego y el desarrollo socioemocional",
                "Desarrollo socioemocional", ServiceLanguage.ES, cast.rosa().getId(),
                new MeetingTime(today.plusDays(18), LocalTime.of(18, 0), 75))).getId();
        webinars.offer(SYSTEM, upcoming, new OfferingTerms(100, OfferingFormat.ONLINE, "https://meet.example.org/webinar"));
        LOG.info("Demo data loaded: 2 webinars, one held with its recording and one open for registration");
    }
}
