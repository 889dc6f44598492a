package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

import org.iecmhc.lms.consultation.ActivityKind;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.Modality;

/**
 * 3,000 consultation assignments started over the five years and since, from two to ten months long, each with
 * its activities; those that ended have the provider's survey.
 */
final class ScaleConsultation {

    private final ScaleContext context;

    ScaleConsultation(ScaleContext context) {
        this.context = context;
    }

    void load() throws SQLException {
        context.log.begin("consultation");
        Random random = context.random("consultation");
        int count = context.settings.scaled(3_000, 30);
        try (BulkInsert assignments = context.insert("consultation_assignment", "id", "consultant_id", "provider_id",
                "level", "modality", "start_on", "end_on", "status", "children_benefiting", "staff_influenced",
                "action_plan", "worthwhile", "survey_comments", "consent_to_quote", "quotable");
             BulkInsert activities = context.insert("consultation_activity", "id", "assignment_id", "held_on", "minutes",
                     "kind", "note").after(assignments)) {
            for (int n = 0; n < count; n++) {
                long id = context.nextId("consultation_assignment");
                LocalDate start = ScaleContext.day(random, ScaleContext.SERVICE_FROM, ScaleContext.TODAY.minusDays(7));
                LocalDate end = start.plusDays(60 + random.nextInt(240));
                boolean closed = end.isBefore(ScaleContext.TODAY);
                AssignmentStatus status = closed ? AssignmentStatus.CLOSED
                        : start.isAfter(ScaleContext.TODAY.minusDays(30)) ? AssignmentStatus.OPEN : AssignmentStatus.ACTIVE;
                boolean answered = closed && random.nextInt(100) < 85;
                boolean commented = answered && random.nextInt(3) == 0;
                boolean consent = commented && random.nextBoolean();
                assignments.row(id, ScaleContext.pick(random, context.consultants), ScaleContext.pick(random, context.providers),
                        random.nextBoolean() ? ConsultationLevel.CLASSROOM : ConsultationLevel.PROGRAMMATIC,
                        random.nextInt(3) == 0 ? Modality.VIRTUAL : Modality.ON_SITE, start, closed ? end : null, status,
                        5 + random.nextInt(56), 1 + random.nextInt(15),
                        "Build predictable routines and a calm-down space; coach staff on naming feelings.",
                        answered ? Boolean.valueOf(random.nextInt(10) != 0) : null,
                        commented ? "Our teachers feel more confident with the children's big feelings." : null, consent,
                        consent && random.nextBoolean());
                LocalDate last = closed ? end : ScaleContext.TODAY;
                int held = 3 + random.nextInt(8);
                for (int a = 0; a < held; a++) {
                    activities.row(context.nextId("consultation_activity"), id, ScaleContext.day(random, start, last),
                            30 + 15 * random.nextInt(7), ActivityKind.values()[random.nextInt(ActivityKind.values().length)],
                            random.nextInt(4) == 0 ? "Followed up on the action plan." : null);
                }
            }
        }
        context.log.end();
    }
}
