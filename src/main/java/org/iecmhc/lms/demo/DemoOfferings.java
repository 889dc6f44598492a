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
import org.iecmhc.lms.offering.Offerings;
import org.iecmhc.lms.opendoor.OpenDoorSessions;
import org.iecmhc.lms.opendoor.SessionDetails;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.support.CommunitiesOfSupport;
import org.iecmhc.lms.support.SeriesDetails;
import org.iecmhc.lms.support.SeriesKind;

/**
 * With {@code lms.demo=true}, offerings open for public registration when none are: an Open-Door session in English
 * and one in Spanish in the coming weeks, a Spanish support series starting next month and an English Community of
 * Practice for providers after it, each with seats.
 */
@ApplicationScoped
public class DemoOfferings {

    private static final Logger LOG = Logger.getLogger(DemoOfferings.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);

    @Inject
    DemoSwitch demo;

    @Inject
    Offerings offerings;

    @Inject
    OpenDoorSessions sessions;

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;

    void onDatabaseReady(@Observes @Priority(147) DatabaseReady ready) {
        if (!demo.isOn() || !offerings.open().isEmpty()) {
            return;
        }
        DemoConsultants cast = DemoConsultants.seeded(providers, accounts, 1).orElse(null);
        if (cast == null) {
            return;
        }
        LocalDate today = PacificTime.today(demo.clock());
        offerOpenDoor(new SessionDetails(today.plusDays(14), "Challenging behaviors: what helps", ServiceLanguage.EN,
                cast.david().getId()), LocalTime.of(10, 0), 25);
        offerOpenDoor(new SessionDetails(today.plusDays(21), "Rutinas y transiciones", ServiceLanguage.ES,
                cast.rosa().getId()), LocalTime.of(18, 30), 15);
        long series = communities.start(SYSTEM, new SeriesDetails("Apoyo entre proveedoras", ServiceLanguage.ES,
                cast.rosa().getId(), today.plusDays(35))).getId();
        communities.offer(SYSTEM, series, new OfferingTerms(12, OfferingFormat.ONLINE, "https://meet.example.org/apoyo"));
        // The Network's Community of Practice for providers: six free monthly 90-minute small-group sessions.
        long practice = communities.start(SYSTEM, new SeriesDetails("Reflective practice for early childhood staff",
                ServiceLanguage.EN, cast.david().getId(), today.plusDays(42), SeriesKind.PROVIDER_PRACTICE)).getId();
        communities.offer(SYSTEM, practice, new OfferingTerms(10, OfferingFormat.ONLINE, "https://meet.example.org/practice"));
        LOG.info("Demo data loaded: 4 offerings open for registration");
    }

    private void offerOpenDoor(SessionDetails details, LocalTime start, int seats) {
        long id = sessions.schedule(SYSTEM, details).getId();
        sessions.offer(SYSTEM, id, new MeetingTime(details.heldOn(), start, 60),
                new OfferingTerms(seats, OfferingFormat.ONLINE, "https://meet.example.org/open-door"));
    }
}
