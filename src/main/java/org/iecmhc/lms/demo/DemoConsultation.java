package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.consultation.ActivityEntry;
import org.iecmhc.lms.consultation.ActivityKind;
import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.AssignmentFilter;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.consultation.ConsultationAssignments;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.ConsultationSurveys;
import org.iecmhc.lms.consultation.Modality;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * With {@code lms.demo=true}, a year of intensive consultation for the two demo consultants: assignments started
 * month after month, weekly activities, the older ones closed with the provider's survey.
 */
@ApplicationScoped
public class DemoConsultation {

    private static final Logger LOG = Logger.getLogger(DemoConsultation.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);
    private static final int ASSIGNMENTS = 12;
    private static final String[] PLANS = {"Visual schedule and calm-down corner in the toddler room.",
            "Rutinas de llegada y despedida con las familias.", "Reflective check-ins for lead teachers every other week.",
            "Plan para morder: observar, anticipar y acompañar."};
    private static final String[] COMMENTS = {"Our mornings are calmer now.", "La consultora nos escuchó de verdad.",
            "I wish it had lasted longer.", ""};

    @Inject
    DemoSwitch demo;

    @Inject
    ConsultationAssignments assignments;

    @Inject
    ConsultationSurveys surveys;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(145) DatabaseReady ready) {
        if (!demo.isOn() || assignments.count(SYSTEM, AssignmentFilter.everything()) > 0) {
            return;
        }
        DemoConsultants cast = DemoConsultants.seeded(providers, accounts, 1).orElse(null);
        if (cast == null) {
            return;
        }
        Random random = new Random(11);
        LocalDate today = LocalDate.now(demo.clock().withZone(PacificTime.ZONE));
        for (int n = 0; n < ASSIGNMENTS; n++) {
            LocalDate start = today.minusMonths(12 - n).withDayOfMonth(3);
            // Assignments run about four months: the older ones are over and get closed with their survey.
            LocalDate end = start.plusMonths(4);
            boolean over = end.isBefore(today);
            ConsultationAssignment assignment = assignments.assign(SYSTEM, new AssignmentDetails(
                    (n % 2 == 0 ? cast.rosa() : cast.david()).getId(),
                    cast.registry().get(n % cast.registry().size()).getId(),
                    n % 3 == 0 ? ConsultationLevel.PROGRAMMATIC : ConsultationLevel.CLASSROOM,
                    n % 4 == 0 ? Modality.VIRTUAL : Modality.ON_SITE, start, null,
                    n == ASSIGNMENTS - 1 ? AssignmentStatus.OPEN : AssignmentStatus.ACTIVE,
                    4 + random.nextInt(30), 1 + random.nextInt(8), PLANS[n % PLANS.length]));
            for (LocalDate day = start.plusDays(2); day.isBefore(over ? end : today) && n < ASSIGNMENTS - 1; day = day.plusWeeks(1)) {
                ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
                assignments.logActivity(SYSTEM, assignment.getId(), new ActivityEntry(day, 30 + 15 * random.nextInt(7), kind, null));
            }
            if (over) {
                String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                boolean consent = !comment.isEmpty() && random.nextBoolean();
                SurveyAnswer answer = new SurveyAnswer(random.nextInt(10) < 9, comment, consent, consent);
                if (assignment.getId() % 3 == 0) {
                    assignments.close(SYSTEM, assignment.getId(), assignment.getVersion(), end, answer); // from paper
                } else {
                    assignments.close(SYSTEM, assignment.getId(), assignment.getVersion(), end, SurveyAnswer.none());
                    surveys.answer(assignment.getId(), answer); // given through the provider's link
                }
            }
        }
        LOG.info("Demo data loaded: " + ASSIGNMENTS + " consultation assignments with activity logs");
    }
}
