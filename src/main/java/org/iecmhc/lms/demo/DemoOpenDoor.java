package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.opendoor.OpenDoorAttendance;
import org.iecmhc.lms.opendoor.OpenDoorSessions;
import org.iecmhc.lms.opendoor.OpenDoorSurveys;
import org.iecmhc.lms.opendoor.SessionDetails;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;

/** With {@code lms.demo=true}, a year of monthly Open-Door sessions in English and Spanish with attendance and ratings. */
@ApplicationScoped
public class DemoOpenDoor {

    private static final Logger LOG = Logger.getLogger(DemoOpenDoor.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);
    private static final String[] TITLES = {"Biting and toddlers", "Separation at drop-off", "Calm-down corners",
            "Talking with families", "Caring for yourself", "Sleep and rest time"};
    private static final String[] COMMENTS = {"Very useful ideas I can use tomorrow.", "Me ayudó mucho hablar con otras proveedoras.",
            "I felt less alone.", "Quisiera más sesiones en español.", ""};

    @Inject
    DemoSwitch demo;

    @Inject
    OpenDoorSessions sessions;

    @Inject
    OpenDoorSurveys surveys;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(135) DatabaseReady ready) {
        if (!demo.isOn() || sessions.count(SYSTEM, null) > 0) {
            return;
        }
        DemoConsultants cast = DemoConsultants.seeded(providers, accounts, 1).orElse(null);
        if (cast == null) {
            return;
        }
        Random random = new Random(7);
        LocalDate month = LocalDate.now(demo.clock()).withDayOfMonth(12).minusMonths(11);
        for (int m = 0; m < 11; m++, month = month.plusMonths(1)) {
            for (ServiceLanguage language : List.of(ServiceLanguage.EN, ServiceLanguage.ES)) {
                Account facilitator = language == ServiceLanguage.ES ? cast.rosa() : cast.david();
                LocalDate heldOn = month.plusDays(language == ServiceLanguage.ES ? 2 : 0);
                long id = sessions.schedule(SYSTEM, new SessionDetails(heldOn, TITLES[m % TITLES.length], language,
                        facilitator.getId())).getId();
                for (Provider provider : cast.registry()) {
                    if (random.nextInt(3) == 0) {
                        OpenDoorAttendance attendance = sessions.attend(SYSTEM, id, provider.getId());
                        String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                        boolean consent = !comment.isEmpty() && random.nextBoolean();
                        SurveyAnswer answer = new SurveyAnswer(random.nextInt(10) < 9, comment, consent, consent);
                        if (attendance.getId() % 3 == 0) {
                            sessions.rate(SYSTEM, attendance.getId(), answer); // typed in from a paper form
                        } else {
                            surveys.answer(attendance.getId(), answer); // given through the participant's link
                        }
                    }
                }
            }
        }
        LOG.info("Demo data loaded: 22 Open-Door sessions with attendance");
    }
}
