package org.iecmhc.lms.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.OwnRecordsService;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyLinks;

/**
 * Intensive consultation: administrators assign consultants to programs and providers; the consultant keeps the
 * assignment's activity log and closes it with the provider's survey. A consultant reaches only their own
 * assignments (the same viewer rule as Open-Door sessions).
 */
@ApplicationScoped
public class ConsultationAssignments extends OwnRecordsService<ConsultationAssignment> {

    private static final int MAX_MINUTES = 480;
    private static final OwnRecords<ConsultationAssignment> OWN = new OwnRecords<>(ConsultationAssignment.class,
            assignment -> assignment.getConsultant().getEmail(), "c.consultant.email", "provider",
            "consultation.assignment.notFound");

    @Inject
    ProviderRegistry providers;

    @Inject
    SurveyLinks surveyLinks;

    @Inject
    Clock clock;

    public ConsultationAssignments() {
        super(OWN);
    }

    @Transactional
    public ConsultationAssignment assign(Viewer viewer, AssignmentDetails details) {
        if (!viewer.administrator()) {
            throw new InputRejected("consultant", "consultation.assign.administratorsOnly");
        }
        check(details);
        ConsultationAssignment assignment = new ConsultationAssignment(consultant(viewer, details.consultantId()),
                provider(details.providerId()), details);
        em.persist(assignment);
        // The id is the assignment's address: callers inside a longer transaction need it at once, and so does the
        // survey link of one created already closed.
        em.flush();
        askProviderOnClosing(assignment, false);
        return assignment;
    }

    /** Only administrators move an assignment to another consultant; a consultant keeps it. */
    @Transactional
    public ConsultationAssignment change(Viewer viewer, long id, long version, AssignmentDetails details) {
        ConsultationAssignment assignment = current(viewer, id, version);
        check(details);
        if (details.status() != AssignmentStatus.CLOSED && assignment.getSurvey().answered()) {
            throw new InputRejected("status", "consultation.status.surveyAnswered");
        }
        Account consultant = viewer.administrator() ? consultant(viewer, details.consultantId()) : assignment.getConsultant();
        if (activityOutside(assignment, details.startOn(), details.endOn())) {
            throw new InputRejected("startOn", "consultation.dates.activityOutside");
        }
        boolean wasClosed = assignment.getStatus() == AssignmentStatus.CLOSED;
        assignment.describe(consultant, provider(details.providerId()), details);
        askProviderOnClosing(assignment, wasClosed);
        return assignment;
    }

    /** Closes the assignment with the provider's survey, or corrects the survey of a closed one. */
    @Transactional
    public ConsultationAssignment close(Viewer viewer, long id, long version, LocalDate endOn, SurveyAnswer survey) {
        ConsultationAssignment assignment = current(viewer, id, version);
        if (endOn == null) {
            throw new InputRejected("closeEndOn", "consultation.endOn.requiredToClose");
        }
        if (endOn.isBefore(assignment.getStartOn())) {
            throw new InputRejected("closeEndOn", "consultation.endOn.beforeStart");
        }
        if (activityOutside(assignment, assignment.getStartOn(), endOn)) {
            throw new InputRejected("closeEndOn", "consultation.dates.activityOutside");
        }
        survey.check(ConsultationLimits.SURVEY_COMMENTS, "surveyComments", "consultation.text.tooLong");
        boolean wasClosed = assignment.getStatus() == AssignmentStatus.CLOSED;
        assignment.close(endOn, survey);
        askProviderOnClosing(assignment, wasClosed);
        return assignment;
    }

    @Transactional
    public ConsultationActivity logActivity(Viewer viewer, long assignmentId, ActivityEntry entry) {
        ConsultationAssignment assignment = visible(viewer, assignmentId);
        if (entry.heldOn() == null) {
            throw new InputRejected("heldOn", "consultation.activity.heldOn.required");
        }
        if (entry.heldOn().isAfter(today())) {
            throw new InputRejected("heldOn", "consultation.activity.heldOn.future");
        }
        if (outside(entry.heldOn(), assignment.getStartOn(), assignment.getEndOn())) {
            throw new InputRejected("heldOn", "consultation.activity.heldOn.outside");
        }
        if (entry.minutes() == null || entry.minutes() < 1 || entry.minutes() > MAX_MINUTES) {
            throw new InputRejected("minutes", "consultation.activity.minutes.range");
        }
        if (entry.kind() == null) {
            throw new InputRejected("kind", "consultation.activity.kind.required");
        }
        TypedText.requireFits(entry.note(), ConsultationLimits.NOTE, InputRejected::new, "note",
                "consultation.text.tooLong");
        ConsultationActivity activity = new ConsultationActivity(assignment, entry);
        em.persist(activity);
        return activity;
    }

    @Transactional
    public void removeActivity(Viewer viewer, long activityId) {
        em.remove(OWN.part(em, viewer, ConsultationActivity.class, activityId, ConsultationActivity::getAssignment,
                "heldOn"));
    }

    public List<ConsultationActivity> activities(Viewer viewer, long assignmentId) {
        return em.createQuery("select a from ConsultationActivity a where a.assignment = :assignment"
                        + " order by a.heldOn desc, a.id desc", ConsultationActivity.class)
                .setParameter("assignment", visible(viewer, assignmentId)).getResultList();
    }

    public ActivityTotals totals(Viewer viewer, long assignmentId) {
        Object[] row = em.createQuery("select count(a), coalesce(sum(a.minutes), 0) from ConsultationActivity a"
                        + " where a.assignment = :assignment", Object[].class)
                .setParameter("assignment", visible(viewer, assignmentId)).getSingleResult();
        return new ActivityTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public List<ConsultationAssignment> search(Viewer viewer, AssignmentFilter filter, int first, int pageSize) {
        return listed(viewer, filter).page(em,
                "select c from ConsultationAssignment c join fetch c.provider join fetch c.consultant",
                "c.startOn desc, c.id desc", ConsultationAssignment.class, first, pageSize);
    }

    public long count(Viewer viewer, AssignmentFilter filter) {
        return listed(viewer, filter).count(em, "select count(c) from ConsultationAssignment c");
    }

    private static Conditions listed(Viewer viewer, AssignmentFilter filter) {
        return OWN.listed(viewer)
                .and("c.status = :status", "status", filter.status())
                .and("c.level = :level", "level", filter.level())
                .and("c.provider.county.fips = :county", "county", filter.countyFips());
    }

    /**
     * The provider gets their link to the survey when the assignment closes, whichever way it is closed, and when it
     * is created already closed; a correction to one already closed (and the assignments closed before there were
     * links, or brought in as history) mails nothing.
     */
    private void askProviderOnClosing(ConsultationAssignment assignment, boolean wasClosed) {
        if (!wasClosed && assignment.getStatus() == AssignmentStatus.CLOSED) {
            surveyLinks.send(ConsultationSurveys.question(assignment), assignment.getId(), assignment.getProvider(), null);
        }
    }

    private boolean activityOutside(ConsultationAssignment assignment, LocalDate startOn, LocalDate endOn) {
        return em.createQuery("select count(a) from ConsultationActivity a where a.assignment = :assignment"
                        + " and (a.heldOn < :start or a.heldOn > :end)", Long.class)
                .setParameter("assignment", assignment).setParameter("start", startOn)
                .setParameter("end", endOn == null ? LocalDate.MAX : endOn).getSingleResult() > 0;
    }

    private static boolean outside(LocalDate day, LocalDate startOn, LocalDate endOn) {
        return day.isBefore(startOn) || endOn != null && day.isAfter(endOn);
    }

    private static void check(AssignmentDetails details) {
        if (details.providerId() == null) {
            throw new InputRejected("provider", "consultation.provider.required");
        }
        if (details.level() == null) {
            throw new InputRejected("level", "consultation.level.required");
        }
        if (details.modality() == null) {
            throw new InputRejected("modality", "consultation.modality.required");
        }
        if (details.startOn() == null) {
            throw new InputRejected("startOn", "consultation.startOn.required");
        }
        if (details.endOn() != null && details.endOn().isBefore(details.startOn())) {
            throw new InputRejected("endOn", "consultation.endOn.beforeStart");
        }
        if (details.status() == null) {
            throw new InputRejected("status", "consultation.status.required");
        }
        if (details.status() == AssignmentStatus.CLOSED && details.endOn() == null) {
            throw new InputRejected("endOn", "consultation.endOn.requiredToClose");
        }
        if (details.childrenBenefiting() == null || details.childrenBenefiting() < 0) {
            throw new InputRejected("children", "consultation.count.notNegative");
        }
        if (details.staffInfluenced() == null || details.staffInfluenced() < 0) {
            throw new InputRejected("staff", "consultation.count.notNegative");
        }
        TypedText.requireFits(details.actionPlan(), ConsultationLimits.ACTION_PLAN, InputRejected::new, "actionPlan",
                "consultation.actionPlan.tooLong");
    }

    /** Only an administrator assigns, so the consultant is always the one they chose. */
    private Account consultant(Viewer viewer, Long id) {
        return Accounts.consultantFor(em, viewer, id)
                .orElseThrow(() -> new InputRejected("consultant", "consultation.consultant.required"));
    }

    private Provider provider(Long id) {
        return providers.find(id).orElseThrow(() -> new InputRejected("provider", "provider.notFound"));
    }

    private LocalDate today() {
        return PacificTime.today(clock);
    }
}
