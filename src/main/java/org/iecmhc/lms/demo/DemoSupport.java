package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.support.CommunitiesOfSupport;
import org.iecmhc.lms.support.SeriesDetails;
import org.iecmhc.lms.support.SupportEnrollment;
import org.iecmhc.lms.support.SupportSession;
import org.iecmhc.lms.support.SupportSurveys;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * With {@code lms.demo=true}, four Community of Support series (English and Spanish, one finished and one under
 * way in each) facilitated by the demo consultants, with enrolled providers, attendance and final surveys.
 */
@ApplicationScoped
public class DemoSupport {

    private static final Logger LOG = Logger.getLogger(DemoSupport.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);
    private static final String[] COMMENTS = {"Hearing how other providers handle biting helped me most.",
            "Me llevo ideas para hablar con las familias.", "I finally have a plan for nap time.",
            "Me sentí escuchada y acompañada.", ""};

    @Inject
    DemoSwitch demo;

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    SupportSurveys surveys;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(140) DatabaseReady ready) {
        if (!demo.isOn() || communities.count(SYSTEM, null) > 0) {
            return;
        }
        DemoConsultants cast = DemoConsultants.seeded(providers, accounts, 4).orElse(null);
        if (cast == null) {
            return;
        }
        List<Provider> registry = cast.registry();
        Account rosa = cast.rosa();
        Account david = cast.david();
        Random random = new Random(11);
        LocalDate today = LocalDate.now(demo.clock());
        run("Cuidando a quien cuida", ServiceLanguage.ES, rosa, today.minusMonths(9).withDayOfMonth(10), registry, random);
        run("Toddlers and big feelings", ServiceLanguage.EN, david, today.minusMonths(8).withDayOfMonth(6), registry, random);
        run("Familias y rutinas", ServiceLanguage.ES, rosa, today.minusMonths(2).withDayOfMonth(14), registry, random);
        run("Calm classrooms", ServiceLanguage.EN, david, today.minusMonths(1).withDayOfMonth(3), registry, random);
        LOG.info("Demo data loaded: 4 Community of Support series with enrollment, attendance and surveys");
    }

    /** Enrols a handful of providers, marks most of them present at each session held, and surveys finished series. */
    private void run(String title, ServiceLanguage language, Account facilitator, LocalDate firstSession,
                     List<Provider> registry, Random random) {
        long seriesId = communities.start(SYSTEM, new SeriesDetails(title, language, facilitator.getId(), firstSession))
                .getId();
        int from = random.nextInt(registry.size() - 3);
        List<SupportEnrollment> enrolled = registry.subList(from, Math.min(registry.size(), from + 6)).stream()
                .map(provider -> communities.enrol(SYSTEM, seriesId, provider.getId())).toList();
        LocalDateTime now = LocalDateTime.now(demo.clock().withZone(ZoneOffset.UTC));
        List<SupportSession> held = communities.sessions(SYSTEM, seriesId).stream()
                .filter(session -> !session.getSlot().getStartsAt().isAfter(now)).toList();
        for (SupportSession session : held) {
            Set<Long> present = enrolled.stream().filter(e -> random.nextInt(5) > 0).map(SupportEnrollment::getId)
                    .collect(Collectors.toSet());
            communities.takeAttendance(SYSTEM, session.getId(), present);
        }
        if (held.size() == CommunitiesOfSupport.DEFAULT_SESSIONS) {
            for (SupportEnrollment enrollment : enrolled) {
                String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                boolean consent = !comment.isEmpty() && random.nextBoolean();
                SurveyAnswer answer = new SurveyAnswer(random.nextInt(10) < 8, comment, consent, consent);
                if (enrollment.getId() % 3 == 0) {
                    communities.answerSurvey(SYSTEM, enrollment.getId(), enrollment.getVersion(), answer); // from paper
                } else {
                    surveys.answer(enrollment.getId(), answer); // given through the participant's link
                }
            }
        }
    }
}
